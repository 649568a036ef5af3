package org.upstairs.graphql;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a Relay connection.
 *
 * @param <T> the node type
 * @param edges the items of the page with their cursors
 * @param pageInfo where the page stands
 * @param totalCount how many items match in all pages
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

	/**
	 * Builds a page from the rows a query returned for it: up to {@code first + 1} rows,
	 * the extra one only telling that there is a next page.
	 * @param <T> the node type
	 * @param rows the rows, at most {@code first + 1}
	 * @param page the page asked for
	 * @param cursorOf the cursor of an item
	 * @param totalCount how many items match in all pages
	 * @return the page
	 */
	public static <T> Connection<T> of(List<T> rows, PageRequest page, Function<T, String> cursorOf, long totalCount) {
		boolean hasNext = rows.size() > page.first();
		List<Edge<T>> edges = rows.stream()
			.limit(page.first())
			.map((row) -> new Edge<>(row, cursorOf.apply(row)))
			.toList();
		String start = edges.isEmpty() ? null : edges.get(0).cursor();
		String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
		return new Connection<>(edges, new PageInfo(hasNext, page.after() != null, start, end), totalCount);
	}

	/**
	 * An item with its cursor.
	 *
	 * @param <T> the node type
	 * @param node the item
	 * @param cursor its position
	 */
	public record Edge<T>(T node, String cursor) {
	}

	/**
	 * Where a page stands.
	 *
	 * @param hasNextPage whether items follow
	 * @param hasPreviousPage whether items precede
	 * @param startCursor the first item's cursor
	 * @param endCursor the last item's cursor
	 */
	public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
	}

}
