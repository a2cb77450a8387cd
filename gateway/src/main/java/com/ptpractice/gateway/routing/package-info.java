@NullMarked
package com.ptpractice.gateway.routing;

import org.jspecify.annotations.NullMarked;
