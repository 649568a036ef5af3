package org.upstairs.graphql;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import org.dataloader.DataLoader;

/**
 * Hands values a parent field already read to the loader of a batched field, so that
 * GraphQL does not ask the database for them again. Spring for GraphQL names the loader
 * of a {@code @BatchMapping} after the field's coordinates ({@code Company.offers}), and
 * a loader answers from its per-request cache for a key it was primed with.
 */
public final class BatchFields {

	private BatchFields() {
	}

	/**
	 * Primes a batched field's loader.
	 * @param env the environment of the parent field that read the values
	 * @param typeName the type of the batched field, such as {@code Company}
	 * @param fieldName the batched field, such as {@code offers}
	 * @param values the field's value for each parent object, null values included
	 * @param <K> the parent object
	 * @param <V> the field's value
	 */
	public static <K, V> void prime(DataFetchingEnvironment env, String typeName, String fieldName, Map<K, V> values) {
		DataLoader<K, V> loader = env.getDataLoader(FieldCoordinates.coordinates(typeName, fieldName).toString());
		if (loader == null) {
			throw new IllegalStateException("No batch loader for " + typeName + "." + fieldName);
		}
		values.forEach(loader::prime);
	}

}
