"""A stub Elasticsearch node for the real client: records requests, answers canned responses.

No Elasticsearch server can run on the development machines, so the backend is
tested through the real elasticsearch-py client and transport, with only the
network hop replaced.
"""

import json

from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elastic_transport._node._base import NodeApiResponse
from elasticsearch import Elasticsearch


class StubNode(BaseNode):
    responses = []  # replaced per client by `stub_client`
    requests = []

    def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
        parsed = None
        if body:
            text = body.decode()
            if "ndjson" in (headers or {}).get("content-type", ""):  # bulk: one JSON a line
                parsed = [json.loads(line) for line in text.splitlines() if line.strip()]
            else:
                parsed = json.loads(text)
        self.requests.append({"method": method, "target": target, "body": parsed})
        status, payload = self.responses.pop(0) if self.responses else (200, {})
        response_headers = HttpHeaders(
            {"content-type": "application/json", "x-elastic-product": "Elasticsearch"}
        )
        meta = ApiResponseMeta(
            status=status, http_version="1.1", headers=response_headers, duration=0.0,
            node=self.config,
        )
        return NodeApiResponse(meta, json.dumps(payload).encode())


def stub_client(responses):
    """An Elasticsearch client whose node answers `responses` ([(status, body), ...]) in order,
    and the list of requests it received: {"method", "target" (path and query string),
    "body" (parsed JSON; a list of lines for bulk NDJSON)}. Unscripted requests get 200 {}."""
    node_class = type("RecordingStubNode", (StubNode,),
                      {"responses": list(responses), "requests": []})
    client = Elasticsearch("http://search.invalid:9200", node_class=node_class, max_retries=0)
    return client, node_class.requests
