import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { circles, cyclePath, importGraph, sourceFiles } from './import-graph.js';

const rel = (f: string) => path.relative(process.cwd(), f);

describe('imports', () => {
  const graph = importGraph(sourceFiles('admin', 'api'));

  it('form no circle anywhere in admin/ and api/ (a resource index only assembles its views; shared types live in modules of their own)', () => {
    const found = circles(graph).map((c) => `${c.length} files: ${cyclePath(graph, c).map(rel).join(' → ')}`);
    expect(found).toEqual([]);
  });

  it('are found by this test when there is one (the check itself)', () => {
    const a = path.resolve('a.ts');
    const b = path.resolve('b.ts');
    const c = path.resolve('c.ts');
    const g = new Map([
      [a, [b]],
      [b, [c]],
      [c, [a]],
    ]);
    expect(circles(g)).toEqual([[a, b, c]]);
    expect(cyclePath(g, [a, b, c])).toEqual([a, b, c, a]);
    expect(
      circles(
        new Map([
          [a, [b]],
          [b, []],
        ]),
      ),
    ).toEqual([]);
  });

  it('resolve: the graph sees the admin importing its resources', () => {
    const app = graph.get(path.resolve('admin/App.tsx'))!;
    expect(app.map(rel)).toContain(path.join('admin', 'tasks', 'index.ts'));
  });
});
