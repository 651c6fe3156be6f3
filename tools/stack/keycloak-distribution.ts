/**
 * What the local Keycloak runs from: the official distribution, fetched once from Maven
 * Central into the cache, and a JVM able to run it.
 *
 * Uses Node built-ins only so it runs before any workspace dependency is installed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const KEYCLOAK_VERSION = '26.5.6';

export interface JavaChoice {
  home?: string;
  bin: string;
  version: string;
}

/** Returns the Keycloak home directory, fetching and unpacking the distribution if needed. */
export function ensureDistribution(log: (line: string) => void): string {
  const dir = cacheDir();
  const home = path.join(dir, `keycloak-${KEYCLOAK_VERSION}`);
  if (fs.existsSync(path.join(home, 'bin', 'kc.sh'))) return home;

  fs.mkdirSync(dir, { recursive: true });
  const zip = path.join(dir, `keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip`);
  if (!fs.existsSync(zip)) {
    log(`fetching the Keycloak ${KEYCLOAK_VERSION} distribution with Maven into ${dir}`);
    run(
      'mvn',
      [
        '-q',
        'dependency:copy',
        `-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip`,
        `-DoutputDirectory=${dir}`,
      ],
      'Fetching the Keycloak distribution needs Maven (apt package "maven") and access to Maven Central',
    );
    if (!fs.existsSync(zip)) {
      throw new Error(`mvn dependency:copy finished but ${zip} is not there`);
    }
  }

  // Unpack beside the final location and rename, so an interrupted unzip never
  // leaves a half-populated home that a later run would take for complete.
  log(`unpacking ${path.basename(zip)}`);
  const staging = fs.mkdtempSync(path.join(dir, '.unpack-'));
  try {
    run(
      'unzip',
      ['-q', zip, '-d', staging],
      'Unpacking the Keycloak distribution needs unzip (apt package "unzip")',
    );
    fs.renameSync(path.join(staging, `keycloak-${KEYCLOAK_VERSION}`), home);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return home;
}

/** JAVA_HOME if set, else a Temurin 25 install, else `java` on PATH; Keycloak 26.5 needs 17+. */
export function pickJava(): JavaChoice {
  const fromEnv = process.env.JAVA_HOME?.trim();
  let home: string | undefined;
  let source: string;
  if (fromEnv) {
    home = fromEnv;
    source = `JAVA_HOME=${fromEnv}`;
  } else {
    const temurin = listDir('/usr/lib/jvm')
      .filter((name) => name.startsWith('temurin-25'))
      .sort()
      .map((name) => path.join('/usr/lib/jvm', name))
      .find((dir) => fs.existsSync(path.join(dir, 'bin', 'java')));
    home = temurin;
    source = temurin ?? '`java` on PATH';
  }
  const bin = home ? path.join(home, 'bin', 'java') : 'java';

  const probe = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      `Keycloak needs Java 17 or newer, but ${source} could not run (${bin}: ` +
        `${probe.error ? probe.error.message : probe.stderr.trim()}). Install a JDK or set JAVA_HOME.`,
    );
  }
  // `java -version` prints e.g. `openjdk version "25.0.3" 2025-...` on stderr.
  const version = /version "([^"]+)"/.exec(probe.stderr)?.[1] ?? 'unknown';
  const major = Number(
    version.startsWith('1.') ? version.split('.')[1] : version.split(/[.+-]/)[0],
  );
  if (!(major >= 17)) {
    throw new Error(
      `Keycloak needs Java 17 or newer, but ${source} is Java ${version}. Set JAVA_HOME to a newer JDK.`,
    );
  }
  return { home, bin, version };
}

function cacheDir(): string {
  // PN_CACHE_DIR replaces ~/.cache/partner-network for every local dependency;
  // Keycloak keeps its own subdirectory under it.
  const root =
    process.env.PN_CACHE_DIR?.trim() || path.join(os.homedir(), '.cache', 'partner-network');
  return path.join(root, 'keycloak');
}

function run(cmd: string, args: string[], needs: string): void {
  const res = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.error) throw new Error(`${needs}: could not run ${cmd} (${res.error.message})`);
  if (res.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed with exit code ${res.status}:\n${(res.stderr + res.stdout).trim()}`,
    );
  }
}

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
