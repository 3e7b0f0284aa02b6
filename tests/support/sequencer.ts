import { BaseSequencer, type TestSpecification } from 'vitest/node';

/*
 * Vitest runs the projects in the order of their names (build, dist, e2e, unit) and, on a clean clone that
 * has no timings yet, larger files first. The axe crawl is a short file that runs longest: it started only
 * after every build and dist file, and then ran on alone at the end. It goes first here, then the other
 * browser files, then the rest in Vitest's own order, so that both cores stay busy until the end.
 */
const FIRST = ['tests/e2e/quality-gates.test.ts'];
const PROJECTS = ['e2e', 'build', 'dist', 'unit'];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const first = FIRST.findIndex((file) => spec.moduleId.endsWith(file));
      return first >= 0 ? first - FIRST.length : PROJECTS.indexOf(spec.project.name);
    };
    const ordered = (await super.sort(files)).map((spec, index) => ({ spec, index, rank: rank(spec) }));
    return ordered.sort((a, b) => a.rank - b.rank || a.index - b.index).map(({ spec }) => spec);
  }
}
