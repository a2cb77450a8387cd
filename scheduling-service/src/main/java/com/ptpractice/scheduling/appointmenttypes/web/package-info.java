@NullMarked
package com.ptpractice.scheduling.appointmenttypes.web;

import org.jspecify.annotations.NullMarked;
