/**
 * Data paths stay inside the workspace. A pull request controls `.github/finetune.yml`, and a public
 * repository's job summary is public: a path that leaves the workspace (`../x`, `/etc/passwd`), goes
 * through a symlink that points out of it, or reads `.git/` (where actions/checkout keeps the token
 * header) would put a file the repository does not own in front of everyone. Every path from an input
 * or the config file is checked here, before anything is read.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from './parse.ts';

/** The real path of `absolute`, symlinks resolved; undefined when nothing exists there. */
export type RealPath = (absolute: string) => string | undefined;

export const realPathOnDisk: RealPath = (absolute) => {
  try {
    return realpathSync.native(absolute);
  } catch {
    return undefined;
  }
};

/** Why a path is refused, or undefined when it is fine; `rel` is relative to the workspace. */
function refusal(rel: string): string | undefined {
  if (rel === '') return 'it is the workspace itself, not a file in it';
  if (path.isAbsolute(rel) || rel === '..' || rel.startsWith(`..${path.sep}`))
    return 'it is outside the workspace';
  if (rel.split(path.sep).some((segment) => segment.toLowerCase() === '.git')) {
    return "it is inside `.git/`, which holds the checkout's credentials";
  }
  return undefined;
}

/**
 * The real location of `absolute`: the deepest part that exists, with symlinks resolved, and the rest
 * (which does not exist yet, e.g. a cache file to be written) appended.
 */
function realLocation(absolute: string, realPath: RealPath): string {
  const missing: string[] = [];
  let at = absolute;
  for (;;) {
    const real = realPath(at);
    if (real !== undefined) return path.join(real, ...missing.reverse());
    const parent = path.dirname(at);
    if (parent === at) return absolute;
    missing.push(path.basename(at));
    at = parent;
  }
}

/**
 * `value` (relative to `root`, or absolute) as a path relative to the workspace with forward slashes,
 * or a ConfigError naming `where` when it would leave the workspace, read `.git/`, or reach outside
 * through a symlink. Reads nothing but the file system's links.
 */
export function resolveWorkspacePath(
  root: string,
  value: string,
  where: string,
  realPath: RealPath = realPathOnDisk,
): string {
  const absolute = path.resolve(root, value);
  const lexical = path.relative(path.resolve(root), absolute);
  const fail = (why: string): never => {
    throw new ConfigError(
      `${where}: '${value}' is refused because ${why}. Paths are relative to the repository root and must stay inside it, outside \`.git/\` (symlinks included); nothing was read.`,
    );
  };
  const lexicalProblem = refusal(lexical);
  if (lexicalProblem) fail(lexicalProblem);
  const realRoot = realPath(path.resolve(root)) ?? path.resolve(root);
  const real = realLocation(absolute, realPath);
  const realProblem = refusal(path.relative(realRoot, real));
  if (realProblem) fail(`${realProblem} (a symlink points there)`);
  return lexical.split(path.sep).join('/');
}
