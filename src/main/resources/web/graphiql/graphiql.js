// GraphiQL against this service: queries and mutations over HTTP with the headers typed into
// the editor; subscriptions over graphql-transport-ws on the same path, with those headers as
// the connection_init payload, because browsers send no custom headers on the WebSocket
// handshake. The service reads {"Authorization": "Basic ..."} or "Bearer ..." from there.
(function () {
	'use strict';
	var path = '/graphql';
	var wsUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path;
	// One fetcher, and so one WebSocket, for the headers last used: a socket is signed in
	// once, at connection_init, so new headers need a new socket.
	var current = { key: null, wsClient: null, fetcher: null };

	function fetcherFor(headers) {
		var key = JSON.stringify(headers || {});
		if (current.key !== key) {
			if (current.wsClient) {
				current.wsClient.dispose();
			}
			var wsClient = graphqlWs.createClient({
				url: wsUrl,
				lazy: true,
				connectionParams: function () {
					return headers || {};
				}
			});
			current = {
				key: key,
				wsClient: wsClient,
				fetcher: GraphiQL.createFetcher({ url: location.origin + path, wsClient: wsClient })
			};
		}
		return current.fetcher;
	}

	// GraphiQL passes the Headers editor's JSON as options.headers on every call.
	function fetcher(params, options) {
		return fetcherFor(options && options.headers)(params, options);
	}

	// ?query=... opens GraphiQL with that query in the editor (links in docs, tests).
	var page = new URLSearchParams(location.search);
	ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
		fetcher: fetcher,
		query: page.get('query') || undefined,
		defaultEditorToolsVisibility: true,
		isHeadersEditorEnabled: true,
		shouldPersistHeaders: true
	}));
})();
