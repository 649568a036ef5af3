package org.upstairs.company;

import java.time.LocalDate;

/**
 * A partnership seen from one of the two companies.
 *
 * @param company the other company
 * @param since since when, if known
 */
public record Partnership(Company company, LocalDate since) {
}
