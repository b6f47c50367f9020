import { defineConfig } from 'wxt';

// The public half of the extension's signing key. Pinning it keeps the extension id
// (hlhmhfikobjpdehekjlmgblkekpekhjg) the same on every install, which enterprise
// policies need in order to address the extension.
const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2+geOl01erUOFcqtRx613eBPEzZ8ZFKkV8I4+Ol+E/OfRBDBeLIFibCzdKZw6G0/2S6C8mtThyEvbP4Xq45aVNb5xQfrSX/GVxXNGBluUwwZntU6qIx1Q7g87fcnByDRku+JOzlZVuZN7ltvM3NK+K+0yJLwFBHP9KZsvOx7rvUl3Urbd7qujnrWhgJFF1W/BMQo2c74JjdcZ/IieIM3jMQPS9ri3WgE16E7uKsunZzKxejbmnJkacRlmEv23v+GCefxxfLfNQ9ApqvIgYo9evBa8Aqp8tnW76P2cWFvOMYcN/9wa+qL9leNU3qAcbFzuSGj0LQDRrLgiwX2i62jhwIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Guardrail',
    description: 'Checks social-media posts against your organization\'s policy, on your device, before you publish.',
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'guardrail@guardrail.health', strict_min_version: '128.0' } } }
      : { key: EXTENSION_KEY }),
  }),
});
