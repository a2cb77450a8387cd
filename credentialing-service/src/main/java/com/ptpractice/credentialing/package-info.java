@NullMarked
package com.ptpractice.credentialing;

import org.jspecify.annotations.NullMarked;
