package org.upstairs.company;

import org.upstairs.capability.Capability;

/**
 * A capability a company needs.
 *
 * @param capability what is needed
 * @param priority 1 (most urgent) to 3
 * @param note what exactly, in the company's words
 */
public record Need(Capability capability, int priority, String note) {
}
