import { defineConfig } from 'wxt';

// The public half of the extension's signing key. Pinning it keeps the extension id
// (hlhmhfikobjpdehekjlmgblkekpekhjg) the same on every install, which enterprise
// policies need in order to address the extension.
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2+geOl01erUOFcqtRx613eBPEzZ8ZFKkV8I4+Ol+E/OfRBDBeLIFibCzdKZw6G0/2S6C8mtThyEvbP4Xq45aVNb5xQfrSX/GVxXNGBluUwwZntU6qIx1Q7g87fcnByDRku+JOzlZVuZN7ltvM3NK+K+0yJLwFBHP9KZsvOx7rvUl3Urbd7qujnrWhgJFF1W/BMQo2c74JjdcZ/IieIM3jMQPS9ri3WgE16E7uKsunZzKxejbmnJkacRlmEv23v+GCefxxfLfNQ9ApqvIgYo9evBa8Aqp8tnW76P2cWFvOMYcN/9wa+qL9leNU3qAcbFzuSGj0LQDRrLgiwX2i62jhwIDAQAB';

// Extension pages run only the extension's own files: no inline script, no eval, no plugins.
// connect-src allows https for pack imports by URL and IT's packUrls (never draft text).
// `npm run dev` also needs the dev server's socket (WXT adds its script origin by itself).
const extensionPagesCsp = (dev: boolean) =>
  `default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; img-src 'self' data:; connect-src 'self' https:${dev ? ' ws://localhost:* http://localhost:*' : ''}`;

// The fewest that work, pinned by tests/e2e/options-manifest.test.ts: storage (storage.managed,
// IT's policy), alarms (packUrls refresh, retention, end of a pause), scripting (register the
// content script on a site the user adds), activeTab (the popup learns the current site's host
// without the broad "tabs" permission). Sites and pack URLs are asked for one at a time.
// Chrome and Edge add offscreen: the document that hosts the engine's Worker (Firefox's
// background page hosts it itself).
const PERMISSIONS = ['storage', 'alarms', 'scripting', 'activeTab'];
const CHROME_PERMISSIONS = [...PERMISSIONS, 'offscreen'];
const OPTIONAL_HOSTS = ['https://*/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser, manifestVersion, command }) => ({
    name: 'Guardrail',
    description: 'Checks social-media posts against your organization\'s policy, on your device, before you publish.',
    ...(manifestVersion === 3
      ? { permissions: browser === 'firefox' ? PERMISSIONS : CHROME_PERMISSIONS, optional_host_permissions: OPTIONAL_HOSTS, content_security_policy: { extension_pages: extensionPagesCsp(command === 'serve') } }
      : { permissions: PERMISSIONS, optional_permissions: OPTIONAL_HOSTS, content_security_policy: extensionPagesCsp(command === 'serve') }),
    // storage.managed's schema (Chrome, Edge); Firefox reads the same keys from policies.json.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          // data_collection_permissions: nothing is sent to the developer; drafts never leave the device.
          browser_specific_settings: { gecko: { id: 'guardrail@guardrail.health', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } },
        }
      : { key: EXTENSION_KEY }),
  }),
});
