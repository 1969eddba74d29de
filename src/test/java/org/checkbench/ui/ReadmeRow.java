package org.checkbench.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rows of the README's keyboard table ("Working in Checkbench") a TestFX test works through the
 * running app, named by the row's first column. {@code KeyboardTableCoverageTest} fails when a row
 * has no such test, or a test names a row the README no longer has.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadmeRow {
    String[] value();
}
