import * as assert from 'node:assert/strict';
import { annotateText } from '../../../src/core/annotateText';
import { exportAnnotations } from '../../../src/export/exportAnnotations';
import { entityIri, toWebAnnotations, type WebAnnotation } from '../../../src/export/webAnnotation';
import { annotated, codePointSlice, kb, text } from './fixture';

const source = 'file:///home/scholar/papers/partners.md';
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('W3C Web Annotation export', () => {
  // Through the exporter's JSON text, as a consumer would read it.
  const collection = JSON.parse(exportAnnotations('w3c', annotated, text, { source }));
  const items: WebAnnotation[] = collection.first.items;

  it('is an AnnotationCollection with the anno.jsonld context and one page of all mentions', () => {
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.match(collection.id, /^urn:ir-lens:annotations:[0-9a-f]{8}$/);
    assert.equal(collection.total, annotated.mentions.length);
    assert.equal(collection.first.type, 'AnnotationPage');
    assert.equal(collection.first.startIndex, 0);
    assert.equal(items.length, annotated.mentions.length);
  });

  it('gives each mention a standalone Annotation with a unique id', () => {
    for (const item of items) {
      assert.equal(item['@context'], 'http://www.w3.org/ns/anno.jsonld');
      assert.equal(item.type, 'Annotation');
      assert.equal(item.motivation, 'identifying');
    }
    assert.equal(new Set(items.map((a) => a.id)).size, items.length);
    assert.deepEqual(toWebAnnotations(annotated, text, source), collection, 'same file, same ids');
  });

  it('names the entity id, name and type in the body', () => {
    items.forEach((item, i) => {
      const m = annotated.mentions[i];
      assert.deepEqual(item.body, [
        { type: 'SpecificResource', source: `urn:ir-lens:${m.id}`, purpose: 'identifying' },
        { type: 'TextualBody', value: m.name, format: 'text/plain', purpose: 'describing' },
        { type: 'TextualBody', value: m.type, format: 'text/plain', purpose: 'classifying' },
      ]);
    });
    assert.equal(entityIri('sino-soviet-treaty-1950'), 'urn:ir-lens:sino-soviet-treaty-1950');
  });

  it('targets the file with position and quote selectors consistent with the text', () => {
    items.forEach((item, i) => {
      const m = annotated.mentions[i];
      const [position, quote] = item.target.selector;
      assert.equal(item.target.source, source);
      assert.equal(position.type, 'TextPositionSelector');
      assert.equal(quote.type, 'TextQuoteSelector');
      assert.equal(quote.exact, text.slice(m.start, m.end));
      // Positions count code points, as the Web Annotation model requires.
      assert.equal(codePointSlice(position.start, position.end), quote.exact);
      const prefix = quote.prefix ?? '';
      const suffix = quote.suffix ?? '';
      assert.ok(text.slice(0, m.start).endsWith(prefix), `prefix of ${m.id}`);
      assert.ok(text.slice(m.end).startsWith(suffix), `suffix of ${m.id}`);
      assert.ok(prefix.length > 0 && suffix.length > 0);
      assert.ok(prefix.length <= 33 && suffix.length <= 33);
      assert.doesNotMatch(prefix + suffix, LONE_SURROGATE);
    });
  });

  it('counts an emoji before a mention as one character', () => {
    const [first] = items;
    assert.equal(first.target.selector[1].exact, 'SCO');
    assert.deepEqual([first.target.selector[0].start, first.target.selector[0].end], [43, 46]);
    assert.equal(annotated.mentions[0].start, 45);
  });

  it('equals UTF-16 offsets for text without astral characters, and omits an empty prefix or suffix', () => {
    const plain = 'NATO and the SCO';
    const { first } = toWebAnnotations(annotateText('plain.txt', plain, kb), plain, 'file:///plain.txt');
    const selectors = first?.items.map((a) => a.target.selector) ?? [];
    assert.deepEqual(selectors, [
      [{ type: 'TextPositionSelector', start: 0, end: 4 }, { type: 'TextQuoteSelector', exact: 'NATO', suffix: ' and the SCO' }],
      [{ type: 'TextPositionSelector', start: 13, end: 16 }, { type: 'TextQuoteSelector', exact: 'SCO', prefix: 'NATO and the ' }],
    ]);
    for (const [position, quote] of selectors) assert.equal(plain.slice(position.start, position.end), quote.exact);
  });

  it('has no page when there are no mentions', () => {
    const empty = toWebAnnotations(annotateText('empty.md', 'Nothing here.', kb), 'Nothing here.', 'file:///empty.md');
    assert.equal(empty.total, 0);
    assert.equal(empty.first, undefined);
  });
});
