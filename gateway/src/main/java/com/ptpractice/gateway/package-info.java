@NullMarked
package com.ptpractice.gateway;

import org.jspecify.annotations.NullMarked;
