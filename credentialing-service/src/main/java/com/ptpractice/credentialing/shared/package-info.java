/**
 * Small building blocks every feature of the service shares: the exceptions the problem
 * handler maps, paged responses, who is acting, and the role rules.
 */
@NullMarked
package com.ptpractice.credentialing.shared;

import org.jspecify.annotations.NullMarked;
