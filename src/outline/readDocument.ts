import { parseMarkdown } from '../core/markdownRegions';
import type { Block } from './blocks';
import { findDirectives, type Directive } from './directives';
import { readItems, type Item } from './documentItems';
import { markdownBlocks, markdownDirectives } from './markdownBlocks';
import { plainTextBlocks } from './plainTextBlocks';
import type { OutlineInput } from './types';

/** A document as the outline and the paragraph map read it: sections and sentences, and the author's directives. */
export function readDocument(input: Pick<OutlineInput, 'text' | 'language' | 'tree'>): { readonly items: Item[]; readonly directives: Directive[] } {
  const { text } = input;
  let blocks: Block[];
  let directives: Directive[];
  if (input.language === 'markdown') {
    const tree = input.tree ?? parseMarkdown(text);
    directives = markdownDirectives(text, tree);
    blocks = markdownBlocks(text, tree);
  } else {
    directives = findDirectives(text);
    blocks = plainTextBlocks(text, directives);
  }
  return { items: readItems(text, blocks), directives };
}
