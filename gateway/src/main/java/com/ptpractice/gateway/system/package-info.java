@NullMarked
package com.ptpractice.gateway.system;

import org.jspecify.annotations.NullMarked;
