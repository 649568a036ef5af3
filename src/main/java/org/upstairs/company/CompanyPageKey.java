package org.upstairs.company;

import org.upstairs.graphql.PageRequest;

/**
 * One page of one nested list, as a data-loader key: all keys of a request are loaded
 * together.
 *
 * @param list which list
 * @param parentId the hub, building, capability or scenario
 * @param floor only this floor (buildings only), or null
 * @param page the page asked for
 */
record CompanyPageKey(NestedCompanyList list, String parentId, Integer floor, PageRequest page) {
}
