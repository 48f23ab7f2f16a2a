import { describe, expect, it } from 'vitest';
import { ServerResolutionInput, bundledServerPath, resolveServer, vsceTarget } from '../src/core/serverPath';

function input(overrides: Partial<ServerResolutionInput> = {}, existing: string[] = []): ServerResolutionInput {
  return {
    extensionPath: '/ext',
    platform: 'linux',
    arch: 'x64',
    setting: {},
    workspaceTrusted: true,
    workspaceFolder: '/work/news',
    homeDir: '/home/reporter',
    exists: file => existing.includes(file),
    ...overrides,
  };
}

describe('vsce targets', () => {
  it.each([
    ['linux', 'x64', 'linux-x64'], ['linux', 'arm64', 'linux-arm64'],
    ['win32', 'x64', 'win32-x64'], ['darwin', 'x64', 'darwin-x64'], ['darwin', 'arm64', 'darwin-arm64'],
  ])('%s %s → %s', (platform, arch, target) => {
    expect(vsceTarget(platform, arch)).toBe(target);
  });

  it('has none for an unsupported platform or arch', () => {
    expect(vsceTarget('linux', 'ia32')).toBeUndefined();
    expect(vsceTarget('freebsd', 'x64')).toBeUndefined();
  });
});

describe('bundled server path', () => {
  it('is server/<target>/sourcelint inside the extension', () => {
    expect(bundledServerPath('/ext', 'linux', 'arm64')).toBe('/ext/server/linux-arm64/sourcelint');
    expect(bundledServerPath('/ext', 'darwin', 'arm64')).toBe('/ext/server/darwin-arm64/sourcelint');
  });

  it('has the .exe name and Windows separators on Windows', () => {
    expect(bundledServerPath('C:\\Users\\r\\.vscode\\extensions\\sourcelint', 'win32', 'x64'))
      .toBe('C:\\Users\\r\\.vscode\\extensions\\sourcelint\\server\\win32-x64\\sourcelint.exe');
  });
});

describe('resolveServer', () => {
  it('starts the bundled server with `server --stdio` when nothing is set', () => {
    const result = resolveServer(input({}, ['/ext/server/linux-x64/sourcelint']));
    expect(result).toMatchObject({ ok: true, launch: { command: '/ext/server/linux-x64/sourcelint', args: ['server', '--stdio'], origin: 'bundled' } });
  });

  it('explains a package built for another platform', () => {
    const result = resolveServer(input({ platform: 'darwin', arch: 'arm64' }, ['/ext/server/linux-x64/sourcelint']));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('no server for darwin-arm64');
  });

  it('explains an unsupported platform', () => {
    const result = resolveServer(input({ platform: 'aix', arch: 'ppc64' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/no server for aix-ppc64.*sourcelint\.server\.path/);
  });

  it("honours the user's setting over the bundled server", () => {
    const result = resolveServer(input({ setting: { globalValue: '/opt/sourcelint/sourcelint' } },
      ['/opt/sourcelint/sourcelint', '/ext/server/linux-x64/sourcelint']));
    expect(result).toMatchObject({ ok: true, launch: { command: '/opt/sourcelint/sourcelint', origin: 'user setting' } });
  });

  it("prefers a trusted workspace's setting, relative to the workspace folder", () => {
    const result = resolveServer(input({ setting: { globalValue: '/opt/sl', workspaceValue: 'tools/sourcelint' } },
      ['/opt/sl', '/work/news/tools/sourcelint']));
    expect(result).toMatchObject({ ok: true, launch: { command: '/work/news/tools/sourcelint', origin: 'workspace setting' } });
  });

  it("ignores an untrusted workspace's setting and says so", () => {
    const result = resolveServer(input({ workspaceTrusted: false, setting: { workspaceValue: '/tmp/evil' } },
      ['/tmp/evil', '/ext/server/linux-x64/sourcelint']));
    expect(result).toMatchObject({ ok: true, launch: { command: '/ext/server/linux-x64/sourcelint', origin: 'bundled' } });
    expect(result.notes.join()).toContain('not trusted');
  });

  it("ignores an untrusted workspace folder's setting but keeps the user's", () => {
    const result = resolveServer(input({ workspaceTrusted: false, setting: { globalValue: '~/bin/sourcelint', workspaceFolderValue: './evil' } },
      ['/home/reporter/bin/sourcelint', '/work/news/evil']));
    expect(result).toMatchObject({ ok: true, launch: { command: '/home/reporter/bin/sourcelint', origin: 'user setting' } });
  });

  it('expands ${workspaceFolder} in a trusted workspace', () => {
    const result = resolveServer(input({ setting: { workspaceValue: '${workspaceFolder}/bin/sourcelint' } }, ['/work/news/bin/sourcelint']));
    expect(result).toMatchObject({ ok: true, launch: { command: '/work/news/bin/sourcelint' } });
  });

  it('runs a framework-dependent sourcelint.dll through dotnet', () => {
    const result = resolveServer(input({ setting: { globalValue: '/src/bin/sourcelint.dll' } }, ['/src/bin/sourcelint.dll']));
    expect(result).toMatchObject({ ok: true, launch: { command: 'dotnet', args: ['/src/bin/sourcelint.dll', 'server', '--stdio'] } });
  });

  it('reports a configured path that does not exist instead of falling back silently', () => {
    const result = resolveServer(input({ setting: { globalValue: '/nowhere/sourcelint' } }, ['/ext/server/linux-x64/sourcelint']));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('/nowhere/sourcelint');
  });

  it('treats blank and non-string values as unset', () => {
    const result = resolveServer(input({ setting: { globalValue: '  ', workspaceValue: 42 } }, ['/ext/server/linux-x64/sourcelint']));
    expect(result).toMatchObject({ ok: true, launch: { origin: 'bundled' } });
  });
});
