// Where the docs build reads and writes, resolved once so every script agrees.
import { fileURLToPath } from 'node:url';

export const docsRoot = fileURLToPath(new URL('../../', import.meta.url));
export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const samplesDir = fileURLToPath(new URL('../../samples/', import.meta.url));
export const templatePath = fileURLToPath(new URL('../../templates/page.hbs', import.meta.url));
export const redoclyConfigPath = fileURLToPath(new URL('../../redocly.yaml', import.meta.url));
export const logoPath = fileURLToPath(new URL('../../assets/logo.svg', import.meta.url));
export const tryPanelPath = fileURLToPath(new URL('../../src/try-mock-panel.js', import.meta.url));

/** The bundled spec, through the spec package's exports (the one artifact everything reads). */
export const specYamlPath = fileURLToPath(import.meta.resolve('@uploadcare-groups/spec/openapi.yaml'));
export const specJsonPath = fileURLToPath(import.meta.resolve('@uploadcare-groups/spec/openapi.json'));
