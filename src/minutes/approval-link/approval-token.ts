/** Approval links carry the shared email-link token (common/security/link-token.ts). */
export {
  type LinkToken as ApprovalToken,
  hashLinkToken as hashApprovalToken,
  newLinkToken as newApprovalToken,
} from '../../common/security/link-token.js';
