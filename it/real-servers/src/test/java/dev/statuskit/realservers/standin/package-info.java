/**
 * The stand-in web application deployed to real servers until the example WAR exists.
 */
@NullMarked
package dev.statuskit.realservers.standin;

import org.jspecify.annotations.NullMarked;
