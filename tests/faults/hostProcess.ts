// The local host as a child process on its own DATA_DIR and port, so the fault run can SIGKILL it and start it again
// on the same data, the way a power cut and a restart would.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.resolve(__dirname, '../..');

/**
 * The host bundled once into one CommonJS file (packages stay in node_modules): a restart then takes well under a
 * second instead of tsx compiling the host again, so the outage is the kill, not the toolchain.
 */
export async function bundleHost(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'host.cjs');
  await build({
    entryPoints: [path.join(ROOT, 'cloudfunctions/host/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

export class HostProcess {
  private child: ChildProcess | null = null;
  readonly url: string;
  private readonly staticDir: string;

  constructor(
    readonly bundle: string,
    readonly dataDir: string,
    readonly port: number,
    private readonly demo = false,
    /** Extra node flags, e.g. --cpu-prof for a profile of the host under load. */
    private readonly nodeArgs: string[] = [],
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.staticDir = path.join(dataDir, '..', `${path.basename(dataDir)}-static`);
    fs.mkdirSync(this.staticDir, { recursive: true });
    fs.writeFileSync(path.join(this.staticDir, 'index.html'), '<!doctype html><title>乡讯</title>');
  }

  async start(): Promise<void> {
    const env = {
      ...process.env,
      NODE_PATH: path.join(ROOT, 'node_modules'),
      DATA_DIR: this.dataDir,
      PORT: String(this.port),
      DEMO: this.demo ? '1' : '0',
      STATIC_DIR: this.staticDir,
    };
    const child = spawn(process.execPath, [...this.nodeArgs, this.bundle], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.child = child;
    for (let waited = 0; waited < 60_000; waited += 20) {
      if (child.exitCode !== null) throw new Error(`host exited with ${child.exitCode} while starting`);
      if (await this.healthy()) return;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('host did not start within 60 s');
  }

  /** A power cut: no chance to flush, close the database or answer anyone. */
  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  /** A clean shutdown: the host closes its database. */
  stop(): Promise<void> {
    return this.end('SIGTERM');
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    await exited;
    this.child = null;
  }

  removeStatic(): void {
    fs.rmSync(this.staticDir, { recursive: true, force: true });
  }

  private async healthy(): Promise<boolean> {
    try {
      return (await fetch(`${this.url}/healthz`)).ok;
    } catch {
      return false;
    }
  }
}
