@NullMarked
package com.ptpractice.patients;

import org.jspecify.annotations.NullMarked;
