import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type IrLensSettings } from '../../../src/core/settings';
import { KnowledgeBase, loadKnowledge } from '../../../src/kb';
import { createIrService, type IrService, type IrServiceHost, type Logger } from '../../../src/service';

const BASE_KB = `
- { id: sco, type: actor, subtype: organization, name: Shanghai Cooperation Organisation, aliases: [SCO], summary: A regional organisation. }
- { id: nato, type: actor, subtype: organization, name: North Atlantic Treaty Organization, aliases: [NATO] }
- { id: china, type: actor, subtype: state, name: China, aliases: [{ text: Beijing, kind: capital }] }
- { id: alliance, type: theory, subtype: concept, name: alliance }
`;

interface FakeHost extends IrServiceHost {
  files: Map<string, string>;
  trusted: boolean;
  lines: string[];
}

function fakeHost(files: Record<string, string> = {}): FakeHost {
  const { entries } = loadKnowledge([{ file: 'bundled.yaml', text: BASE_KB, layer: 1 }]);
  const lines: string[] = [];
  const log: Logger = {
    trace: (m) => lines.push(`trace ${m}`),
    debug: (m) => lines.push(`debug ${m}`),
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
  const host: FakeHost = {
    files: new Map(Object.entries(files)),
    trusted: true,
    lines,
    log,
    loadBundledKnowledge: async () => new KnowledgeBase(entries),
    findKnowledgeFiles: async () => [...host.files.keys()].filter((f) => f.endsWith('.irkb.yaml')),
    findPapers: async () => [...host.files.keys()].filter((f) => /\.(md|txt)$/.test(f)),
    readFile: async (uri) => host.files.get(uri),
    isTrusted: () => host.trusted,
  };
  return host;
}

/** Resolves with the next URI the service reports analysed. */
function nextAnalysed(service: IrService): Promise<string> {
  return new Promise((resolve) => {
    const listener = service.onDidAnalyze((uri) => {
      listener.dispose();
      resolve(uri);
    });
  });
}

const settings = (patch: Partial<IrLensSettings> = {}): IrLensSettings => ({ ...DEFAULT_SETTINGS, ...patch });
const found = async (service: IrService, uri: string): Promise<string[]> => {
  const analysis = await service.analysis(uri);
  return (analysis?.mentions ?? []).map((m) => `${analysis!.document.text.slice(m.start, m.end)}=${m.entry.id}`);
};

describe('IR Lens service', () => {
  let service: IrService;
  afterEach(() => service?.dispose());

  it('analyses a document on open, and reports it analysed', async () => {
    service = createIrService(fakeHost());
    const analysed = nextAnalysed(service);
    service.openDocument('mem:a.md', 'markdown', 1, 'The SCO and NATO.');
    assert.equal(await analysed, 'mem:a.md');
    assert.deepEqual(await found(service, 'mem:a.md'), ['SCO=sco', 'NATO=nato']);
  });

  it('applies edits incrementally, with or without the host\'s text, and answers for the latest version', async () => {
    service = createIrService(fakeHost());
    service.openDocument('mem:a.txt', 'plaintext', 1, 'The SCO met.');
    await service.analysis('mem:a.txt');
    service.changeDocument('mem:a.txt', 2, [{ start: 4, end: 7, text: 'NATO' }]);
    assert.deepEqual(await found(service, 'mem:a.txt'), ['NATO=nato']);
    const text = 'Beijing stated that NATO met.';
    service.changeDocument('mem:a.txt', 3, [{ start: 0, end: 3, text: 'Beijing stated that' }], () => text);
    const analysis = await service.analysis('mem:a.txt');
    assert.equal(analysis?.document.text, text);
    assert.equal((analysis as { update?: { kind: string } }).update?.kind, 'incremental');
    assert.deepEqual(await found(service, 'mem:a.txt'), ['Beijing=china', 'NATO=nato']);
  });

  it('starts again from the host\'s text when an edit report is out of step with it', async () => {
    service = createIrService(fakeHost());
    service.openDocument('mem:a.txt', 'plaintext', 1, 'The SCO met.');
    await service.analysis('mem:a.txt');
    service.changeDocument('mem:a.txt', 2, [{ start: 0, end: 0, text: 'x' }], () => 'NATO only.');
    assert.deepEqual(await found(service, 'mem:a.txt'), ['NATO=nato']);
  });

  it('cancels an analysis in steps that a newer version makes stale, and reports only the newest', async () => {
    service = createIrService(fakeHost());
    const long = 'The SCO met NATO in a long paragraph of text.\n\n'.repeat(2000); // about 25 steps
    const reported: string[] = [];
    service.onDidAnalyze((uri) => reported.push(uri));
    service.openDocument('mem:long.md', 'markdown', 1, long);
    const first = service.analysis('mem:long.md');
    service.changeDocument('mem:long.md', 2, [{ start: 0, end: 0, text: 'Beijing said. ' }]);
    assert.equal(await first, undefined, 'the first analysis was abandoned');
    const latest = await service.analysis('mem:long.md');
    assert.ok(latest?.document.text.startsWith('Beijing said.'));
    assert.equal(latest?.mentions.length, 4001);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(reported, ['mem:long.md'], 'one report, for the final version');
    assert.ok(!service.status('mem:long.md') || service.status('mem:long.md')!.state === 'ok');
  });

  it('reads entities the paper names itself unless the setting is off, and re-analyses when it changes', async () => {
    service = createIrService(fakeHost());
    service.openDocument('mem:d.md', 'markdown', 1, 'The Lake Volta Water Charter of 2004 bound the SCO.');
    assert.deepEqual(await found(service, 'mem:d.md'), ['Lake Volta Water Charter of 2004=doc:lake-volta-water-charter', 'SCO=sco']);
    const analysed = nextAnalysed(service);
    service.updateSettings(settings({ documentEntities: false }));
    await analysed;
    assert.deepEqual(await found(service, 'mem:d.md'), ['SCO=sco']);
  });

  it('forgets a closed document', async () => {
    service = createIrService(fakeHost());
    service.openDocument('mem:a.md', 'markdown', 1, 'NATO');
    await service.analysis('mem:a.md');
    service.closeDocument('mem:a.md');
    assert.equal(await service.analysis('mem:a.md'), undefined);
    assert.deepEqual(service.liveDocuments(), { cached: 0, pending: 0 });
  });

  it('analyses only the visible window of a document above maxFileSize, and follows it', async () => {
    service = createIrService(fakeHost(), settings({ maxFileSize: 1000 }));
    const text = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i}: the SCO met.\n\n`).join('');
    service.openDocument('mem:big.md', 'markdown', 1, text);
    service.setVisibleRanges('mem:big.md', [{ start: 40_000, end: 41_000 }]);
    const analysis = await service.analysis('mem:big.md');
    assert.ok(analysis?.window && analysis.window.start <= 40_000 && analysis.window.end >= 41_000);
    assert.ok(analysis.mentions.length > 100 && analysis.mentions.length < 3000);
    assert.ok(analysis.mentions.every((m) => m.start >= analysis.window!.start && m.end <= analysis.window!.end));
    service.setVisibleRanges('mem:big.md', [{ start: 80_000, end: 81_000 }]);
    const moved = await service.analysis('mem:big.md');
    assert.ok(moved?.window && moved.window.start <= 80_000 && moved.window.end >= 81_000);
  });

  it('loads workspace KB files over the bundled KB, reports their problems by file and line, and reloads on change', async () => {
    const host = fakeHost({
      'mem:/ws/user.irkb.yaml': '- { id: steppe, type: actor, name: Steppe Concert }\n- { id: broken, type: planet, name: X }\n',
    });
    service = createIrService(host);
    await service.reloadKnowledge();
    assert.ok((await service.knowledge()).get('steppe'));
    const problems = service.knowledgeProblems().get('mem:/ws/user.irkb.yaml') ?? [];
    assert.deepEqual(problems.map((p) => [p.line, p.severity]), [[2, 'error']]);
    assert.match(problems[0].message, /unknown type "planet"/);

    service.openDocument('mem:/ws/paper.md', 'markdown', 1, 'The Steppe Concert and the Steppe Forum.');
    assert.deepEqual(await found(service, 'mem:/ws/paper.md'), ['Steppe Concert=steppe', 'Steppe Forum=doc:steppe-forum']);
    const reloaded = new Promise<void>((resolve) => service.onDidChangeKnowledge(resolve));
    service.knowledgeFileChanged('mem:/ws/user.irkb.yaml', { text: '- { id: forum, type: actor, name: Steppe Forum }\n' });
    await reloaded;
    assert.deepEqual(await found(service, 'mem:/ws/paper.md'), ['Steppe Forum=forum']);
    assert.ok(host.lines.some((l) => /^info workspace knowledge: 1 file/.test(l)), host.lines.join('\n'));
  });

  it('ignores workspace KB files in an untrusted workspace', async () => {
    const host = fakeHost({ 'mem:/ws/user.irkb.yaml': '- { id: steppe, type: actor, name: Steppe Concert }\n' });
    host.trusted = false;
    service = createIrService(host);
    await service.reloadKnowledge();
    assert.equal((await service.knowledge()).get('steppe'), undefined);
    assert.deepEqual(service.knowledgeFiles(), []);
  });

  it('answers hover, definition, references, entities, outline, checks and code actions as plain data', async () => {
    const host = fakeHost({ 'mem:/ws/other.md': 'NATO again, and the SCO.' });
    service = createIrService(host);
    const text = 'The SCO grew. I will argue that the Shanghai Cooperation Organisation (SCO) is no alliance.';
    service.openDocument('mem:/ws/a.md', 'markdown', 1, text);
    const at = (needle: string, n = 0): number => {
      let i = -1;
      for (let k = 0; k <= n; k++) i = text.indexOf(needle, i + 1);
      return i + 1;
    };
    const hover = await service.hover('mem:/ws/a.md', at('SCO'));
    assert.match(hover!.markdown, /\*\*Shanghai Cooperation Organisation\*\*/);
    assert.match(hover!.markdown, /command:irLens\.openEntry/);
    assert.doesNotMatch((await service.hover('mem:/ws/a.md', at('SCO'), { links: false }))!.markdown, /command:/);
    const definition = await service.definition('mem:/ws/a.md', at('SCO'));
    assert.deepEqual(definition.map((d) => d.kind), ['entry', 'document']);
    const references = await service.references('mem:/ws/a.md', at('SCO'));
    assert.deepEqual(references.map((r) => `${r.uri}:${r.range.start.line}:${r.range.start.character}`), [
      'mem:/ws/a.md:0:4',
      'mem:/ws/a.md:0:36',
      'mem:/ws/a.md:0:71',
      'mem:/ws/other.md:0:20',
    ]);
    const entities = await service.entities('mem:/ws/a.md');
    assert.deepEqual(entities.map((g) => [g.type, g.entities.map((e) => `${e.entry.id}×${e.mentions.length}`)]), [['actor', ['sco×3']], ['theory', ['alliance×1']]]);
    const outline = await service.outline('mem:/ws/a.md');
    assert.ok(JSON.stringify(outline).includes('"thesis"'));
    const checks = await service.checks('mem:/ws/a.md');
    assert.deepEqual(checks.map((c) => c.kind), ['acronym-before-introduction']);
    const actions = await service.codeActions('mem:/ws/a.md', checks[0].span);
    assert.deepEqual(actions.map((a) => a.title), ['Introduce the full name here']);
    assert.deepEqual(actions[0].kind === 'edit' && actions[0].edits, [{ span: { start: 4, end: 7 }, text: 'Shanghai Cooperation Organisation (SCO)' }]);
    const add = await service.codeActions('mem:/ws/a.md', { start: 0, end: 3 }, 'The');
    assert.deepEqual(add.map((a) => a.kind), ['addToKnowledgeBase']);
  });

  it('logs a failed analysis with its stage and shows it as the document\'s status', async () => {
    const host = fakeHost();
    host.loadBundledKnowledge = async () => {
      throw new Error('kb.jsonl is unreadable');
    };
    service = createIrService(host);
    const changed = new Promise<string>((resolve) => service.onDidChangeStatus(resolve));
    service.openDocument('mem:a.md', 'markdown', 1, 'NATO');
    assert.equal(await changed, 'mem:a.md');
    assert.deepEqual(service.status('mem:a.md'), { state: 'failed', stage: 'analysis', message: 'kb.jsonl is unreadable' });
    assert.ok(host.lines.some((l) => l.startsWith('error loading the bundled knowledge base failed: kb.jsonl is unreadable')), host.lines.join('\n'));
    assert.ok(host.lines.some((l) => /^error analysis of mem:a\.md \(version 1\) failed/.test(l)));
  });
});
