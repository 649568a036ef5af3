// GraphiQL against this service: queries and mutations over HTTP with the headers typed into
// the editor; subscriptions over graphql-transport-ws on the same path, signed in by whatever
// the browser sends on the WebSocket handshake (browsers send no custom headers there).
(function () {
	'use strict';
	var path = '/graphql';
	var wsClient = graphqlWs.createClient({
		url: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + path,
		lazy: true
	});
	var fetcher = GraphiQL.createFetcher({ url: location.origin + path, wsClient: wsClient });
	// ?query=... opens GraphiQL with that query in the editor (links in docs, tests).
	var params = new URLSearchParams(location.search);
	ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
		fetcher: fetcher,
		query: params.get('query') || undefined,
		defaultEditorToolsVisibility: true,
		isHeadersEditorEnabled: true,
		shouldPersistHeaders: true
	}));
})();
