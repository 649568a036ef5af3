package org.upstairs.bulk;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A checked row as the parameters of a bulk write: a read-only map over two arrays, in
 * the order of its keys, that allows null values. An import holds every checked row until
 * it writes, 800,000 at 100,000 companies; as LinkedHashMaps they filled most of a 512 MB
 * heap, which then spent its time collecting garbage. Rows of one shape share their key
 * array.
 */
final class CompactRow extends AbstractMap<String, Object> {

	private final String[] keys;

	private final Object[] values;

	private CompactRow(String[] keys, Object[] values) {
		if (keys.length != values.length) {
			throw new IllegalArgumentException("Expected " + keys.length + " values, got " + values.length);
		}
		this.keys = keys;
		this.values = values;
	}

	/**
	 * A row with these keys, shared with other rows of its shape, and these values.
	 * @param keys the keys, not copied: keep the array for rows of the same shape
	 * @param values one value for each key, in the same order; null allowed
	 * @return the row
	 */
	static CompactRow of(String[] keys, Object... values) {
		return new CompactRow(keys, values);
	}

	@Override
	public Object get(Object key) {
		int index = indexOf(key);
		return (index >= 0) ? this.values[index] : null;
	}

	@Override
	public boolean containsKey(Object key) {
		return indexOf(key) >= 0;
	}

	@Override
	public int size() {
		return this.keys.length;
	}

	private int indexOf(Object key) {
		for (int i = 0; i < this.keys.length; i++) {
			if (this.keys[i].equals(key)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public Set<Entry<String, Object>> entrySet() {
		return new AbstractSet<>() {

			@Override
			public Iterator<Entry<String, Object>> iterator() {
				return new Iterator<>() {

					private int next;

					@Override
					public boolean hasNext() {
						return this.next < CompactRow.this.keys.length;
					}

					@Override
					public Entry<String, Object> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						int index = this.next++;
						return new SimpleImmutableEntry<>(CompactRow.this.keys[index], CompactRow.this.values[index]);
					}

				};
			}

			@Override
			public int size() {
				return CompactRow.this.keys.length;
			}

		};
	}

	/**
	 * Makes rows whose key arrays are shared by every row with the same keys in the same
	 * order. One per import: the shapes of its files are few.
	 */
	static final class Shapes {

		private final Map<List<String>, String[]> keyArrays = new HashMap<>();

		/**
		 * @param keys keys in order
		 * @return the one array of these keys
		 */
		String[] keys(List<String> keys) {
			return this.keyArrays.computeIfAbsent(keys, (key) -> key.toArray(new String[0]));
		}

		/**
		 * @param values a row as a map
		 * @return the same keys and values as a compact row
		 */
		CompactRow compact(Map<String, Object> values) {
			return CompactRow.of(keys(List.copyOf(values.keySet())), values.values().toArray());
		}

	}

}
