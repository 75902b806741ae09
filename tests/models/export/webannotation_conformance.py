#!/usr/bin/env python3
"""Checks a Web Annotation export against the W3C MUST assertions.

Usage: webannotation_conformance.py SCHEMA_DIR EXPORT.json

SCHEMA_DIR is ../shared/schemas/web-annotation (the W3C web-platform-tests
annotation-model sources). Each annotation is checked with
annotations/annotationMusts.test, the collection with
collections/collectionMusts.test and the embedded page (inside the collection,
as the page test expects it) with collections/pages/pageMusts.test. Every
assertion whose result differs from its expectedResult is printed; the exit code
is 1 when one of them is a failure (onUnexpectedResult starting with "fail").
"""
import json
import os
import sys
import warnings

# RefResolver is deprecated in newer jsonschema but is what Debian's supports.
warnings.filterwarnings("ignore", category=DeprecationWarning)

try:
    import jsonschema
except ImportError:
    sys.exit("python3-jsonschema is missing: install it (packaging/install-deps.sh --tests)")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def build_store(schema_dir):
    # The assertion files reference each other and definitions/ by their "id"
    # (draft-04), e.g. "id.json#/definitions/idValueFound".
    store = {}
    for root, _, files in os.walk(schema_dir):
        for name in files:
            if name.endswith(".json"):
                schema = load(os.path.join(root, name))
                if isinstance(schema, dict) and "id" in schema:
                    store[schema["id"]] = schema
    return store


def check(schema_dir, store, test_file, instance, label):
    test = load(os.path.join(schema_dir, test_file))
    failures = 0
    for assertion_file in test["assertions"]:
        schema = load(os.path.join(schema_dir, assertion_file))
        resolver = jsonschema.RefResolver(base_uri="", referrer=schema, store=store)
        validator = jsonschema.Draft4Validator(schema, resolver=resolver,
                                               format_checker=jsonschema.draft4_format_checker)
        valid = validator.is_valid(instance)
        expected = schema.get("expectedResult", "valid") == "valid"
        if valid != expected:
            outcome = schema.get("onUnexpectedResult", "failAndContinue")
            print("%s: %s: %s (%s)" % (label, assertion_file, schema.get("errorMessage", ""), outcome))
            if outcome.startswith("fail"):
                failures += 1
    return failures


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    schema_dir, export = sys.argv[1], sys.argv[2]
    store = build_store(schema_dir)
    collection = load(export)
    failures = check(schema_dir, store, "collections/collectionMusts.test", collection, "collection")
    failures += check(schema_dir, store, "collections/pages/pageMusts.test", collection, "page")
    page = collection.get("first", {})
    items = page.get("items", []) if isinstance(page, dict) else []
    for index, item in enumerate(items):
        # Embedded annotations are in the collection's JSON-LD context; the
        # assertion checks a stand-alone annotation, so it gets that context.
        if isinstance(item, dict) and "@context" not in item and "@context" in collection:
            item = dict(item, **{"@context": collection["@context"]})
        failures += check(schema_dir, store, "annotations/annotationMusts.test", item, "annotation %d" % index)
    print("%d annotations, %d failed assertions" % (len(items), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
