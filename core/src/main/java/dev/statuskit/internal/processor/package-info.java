/**
 * The annotation processor that turns misdeclared StatusKit annotations into compile errors and
 * writes the index of {@code @HttpProblem} classes. Found by javac through
 * {@code META-INF/services/javax.annotation.processing.Processor}; not exported.
 */
@NullMarked
package dev.statuskit.internal.processor;

import org.jspecify.annotations.NullMarked;
