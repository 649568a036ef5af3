package org.upstairs.place;

import org.springframework.data.annotation.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * An incubator hub, such as the Model Speed Space at Xuhui's West Bund.
 *
 * @param id readable slug, such as {@code smc-xuhui}
 * @param name English name
 * @param nameZh Chinese name
 * @param district Shanghai district
 */
@Node("Hub")
public record Hub(@Id String id, String name, String nameZh, String district) {
}
