@NullMarked
package com.ptpractice.scheduling;

import org.jspecify.annotations.NullMarked;
