package org.upstairs.changelog;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The change log ({@link ChangeLog}).
 *
 * @param retention how long an entry is kept: an instance that has not read the log for
 * longer (stopped, cut off) reads the whole graph again when it comes back
 */
@ConfigurationProperties("upstairs.matching.change-log")
record ChangeLogProperties(@DefaultValue("15m") Duration retention) {
}
