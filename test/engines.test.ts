import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import semver from 'semver';

/**
 * `npm ci` warns (EBADENGINE) when an installed package does not accept the running Node. The
 * project claims `engines.node`; every package the Action and the CLI run with must accept the
 * lowest Node that claim allows and the Action's own runtime (24), and every package, dev ones
 * included, the Node running these tests.
 */
interface LockPackage {
  engines?: { node?: string } | string[];
  dev?: boolean;
}
const project = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockPackage>;
};

function refusing(version: string, runtimeOnly: boolean): string[] {
  return Object.entries(lock.packages).flatMap(([path, pkg]) => {
    const range = !Array.isArray(pkg.engines) ? pkg.engines?.node : undefined;
    if (path === '' || range === undefined || (runtimeOnly && pkg.dev === true)) return [];
    return semver.satisfies(version, range)
      ? []
      : [`${path.replace(/^.*node_modules\//, '')} wants node ${range}`];
  });
}

describe('engines', () => {
  const lowest = semver.minVersion(project.engines.node)!.version;

  it(`every runtime dependency accepts Node ${lowest} (the lowest engines.node allows) and Node 24`, () => {
    expect(refusing(lowest, true)).toEqual([]);
    expect(refusing('24.0.0', true)).toEqual([]);
  });

  it(`every package, dev ones included, accepts the Node running the tests (${process.version})`, () => {
    expect(semver.satisfies(process.version, project.engines.node)).toBe(true);
    expect(refusing(process.version, false)).toEqual([]);
  });
});
