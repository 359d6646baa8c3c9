import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Language data (phrase lists, vocabularies): long by nature, one phrase or term per line. */
const isLanguageData = (file: string) => file.startsWith('src/triage/lang/');
const MAX_REGEX_LITERAL = 200;
const MAX_FILE_LINES = 250;
const MAX_FUNCTION_LINES = 60;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const FILES = [...sourceFiles('src'), ...sourceFiles('handlers')];
const CODE = FILES.filter((f) => !isLanguageData(f));

function longRegexLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isRegularExpressionLiteral(node) && node.text.length > MAX_REGEX_LITERAL) {
      found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} (${node.text.length})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function longFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > MAX_FUNCTION_LINES) found.push(`${file}:${start + 1} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('one place per idea, in small pieces', () => {
  it(`no source file is over ${MAX_FILE_LINES} lines, outside vocabulary tables`, () => {
    const long = CODE.map((f) => [f, readFileSync(f, 'utf8').split('\n').length] as const).filter(
      ([, lines]) => lines > MAX_FILE_LINES,
    );
    expect(long).toEqual([]);
  });

  it(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(FILES.flatMap(longFunctions)).toEqual([]);
  });

  it(`no regular expression literal is over ${MAX_REGEX_LITERAL} characters: long ones are phrase lists`, () => {
    expect(FILES.flatMap(longRegexLiterals)).toEqual([]);
  });
});
