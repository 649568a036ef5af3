package org.upstairs.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the parsed and validated form of the documents clients send again and again (a
 * frontend sends a handful, with different variables), so that each is parsed and
 * validated once. Bounded: the most recently used {@code capacity} documents of at most
 * {@code maxLength} characters; a document with errors is never kept, so its messages are
 * made afresh for each request. The depth and complexity limits run on every execution,
 * not here.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

	private final int maxLength;

	private final Map<String, PreparsedDocumentEntry> documents;

	ParsedDocumentCache(int capacity, int maxLength) {
		this.maxLength = maxLength;
		this.documents = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
				return size() > capacity;
			}
		};
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String document = input.getQuery();
		PreparsedDocumentEntry entry;
		synchronized (this.documents) {
			entry = this.documents.get(document);
		}
		if (entry == null) {
			entry = parseAndValidate.apply(input);
			if (!entry.hasErrors() && document.length() <= this.maxLength) {
				synchronized (this.documents) {
					this.documents.put(document, entry);
				}
			}
		}
		return CompletableFuture.completedFuture(entry);
	}

	int size() {
		synchronized (this.documents) {
			return this.documents.size();
		}
	}

}
