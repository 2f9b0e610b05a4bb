/** Feed tokens are opaque tokens (src/common/auth/opaque-token.ts): 43 characters, stored as SHA-256 hex. */
export {
  generateOpaqueToken as generateFeedToken,
  hashOpaqueToken as hashFeedToken,
  isWellFormedOpaqueToken as isWellFormedFeedToken,
} from '../common/auth/opaque-token.js';
