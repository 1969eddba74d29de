package org.checkbench.model;

/**
 * Who holds an article's text on a team workspace (ADR 0150): their name (database role), and
 * whether it is this window.
 */
public record TextHolder(String who, boolean mine) {
}
