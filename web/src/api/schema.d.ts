// Generated from the service's OpenAPI document by `npm run web:api-types`. Do not edit by hand.

export interface paths {
    "/api/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List actions */
        get: operations["ActionController_list"];
        put?: never;
        /** Create an action */
        post: operations["ActionController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an action with its history */
        get: operations["ActionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an action (owners: status and comment) */
        patch: operations["ActionController_update"];
        trace?: never;
    };
    "/api/agenda-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an agenda item */
        delete: operations["AgendaController_deleteItem"];
        options?: never;
        head?: never;
        /** Change, accept, decline or move an agenda item */
        patch: operations["AgendaController_updateItem"];
        trace?: never;
    };
    "/api/agenda-items/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an agenda item to a new number */
        post: operations["AgendaController_moveItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda-items/{id}/papers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a paper (a file) to an agenda item
         * @description multipart/form-data with one part `file`. The type is read from the content (PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF, WebP); a name whose extension says another type is refused (422 PAPER_TYPE_MISMATCH), another type 415 PAPER_TYPE_NOT_ALLOWED, over PAPER_MAX_MB 413 PAPER_TOO_LARGE. The agenda’s keepers upload; the proposer to their own undecided proposal.
         */
        post: operations["PaperController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agenda-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agenda templates */
        get: operations["AgendaController_listTemplates"];
        put?: never;
        /** Create an agenda template */
        post: operations["AgendaController_createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the audit log (admins) */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/{provider}/backchannel-logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Back-channel logout from an identity provider (a signed logout token) */
        post: operations["OidcController_backchannelLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forgot password: email a reset link */
        post: operations["AuthController_forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/tokens/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up a set-password or reset link */
        get: operations["AuthController_describePasswordLink"];
        put?: never;
        /** Set a password through a set-password or reset link */
        post: operations["AuthController_setPasswordByLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in a browser: a session cookie */
        post: operations["AuthController_openSession"];
        /** Sign out a browser: end its session */
        delete: operations["AuthController_endSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How a person may sign in: password and the identity providers */
        get: operations["OidcController_options"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cadence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cadence compliance of every visible municipality */
        get: operations["CadenceController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your calendar feeds */
        get: operations["CalendarFeedController_list"];
        put?: never;
        /** Create a calendar subscription feed (its URL is shown only here) */
        post: operations["CalendarFeedController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar-feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a calendar feed */
        delete: operations["CalendarFeedController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guests/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a guest’s data (GDPR art. 17; admins), found by the email they were invited with: name and email become a pseudonym on every meeting, email bodies and RSVP links go, public records keep what they said */
        post: operations["PrivacyController_eraseGuest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guests/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Everything Samverkan holds about a guest of one or more meetings, found by the email they were invited with (admins; JSON) */
        post: operations["PrivacyController_guest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/guests/personal-data.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Everything Samverkan holds about a guest, found by the email they were invited with, as one readable PDF covering every meeting (admins) */
        post: operations["PrivacyController_guestPdf"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: person, organization and roles */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Save the caller's own settings (language) */
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/api/me/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Samverkan holds about the caller (JSON) */
        get: operations["PrivacyController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/personal-data.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Samverkan holds about the caller, as a readable PDF */
        get: operations["PrivacyController_minePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List meetings (filter by municipality, period, status) */
        get: operations["MeetingController_list"];
        put?: never;
        /** Create a meeting */
        post: operations["MeetingController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a meeting */
        get: operations["MeetingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a meeting (time, place, participants, status) */
        patch: operations["MeetingController_update"];
        trace?: never;
    };
    "/api/meetings/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a meeting’s agenda */
        get: operations["AgendaController_getAgenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/agenda/apply-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a template’s missing items to a meeting’s agenda */
        post: operations["AgendaController_applyTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/agenda/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an item to a meeting’s agenda (or propose one) */
        post: operations["AgendaController_addItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/agenda/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a meeting’s agenda to its participants */
        post: operations["AgendaController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/archive-packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the archive packages of a meeting’s locked minutes
         * @description One package per locked revision (E-ARK CSIP/SIP, FGS Paketstruktur), the latest first, with its delivery to the registry. For the region’s coordinators, secretaries and admins (403 MINUTES_ARCHIVE_REGION_ONLY for a municipality’s).
         */
        get: operations["ArchiveController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/archive-packages/{revision}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download the archive package of one locked revision
         * @description The zip as stored when the minutes locked: METS.xml, metadata/ and representations/rep1/data/.
         */
        get: operations["ArchiveController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meeting as an iCalendar file */
        get: operations["InvitationController_calendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a meeting: every participant gets a CANCEL */
        post: operations["MeetingController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/guests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a guest by name and email to this meeting only
         * @description The guest gets the calendar invitation and, once approved, the public minutes by email; they never sign in. The same email again is the same guest (name and role updated, re-invited if removed). Remove a guest by leaving them out of PATCH participants.
         */
        post: operations["MeetingController_addGuest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery and answer (PARTSTAT) of each participant’s invitation */
        get: operations["InvitationController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a meeting’s minutes */
        get: operations["MinutesController_get"];
        /** Write a meeting’s minutes */
        put: operations["MinutesController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes as a PDF */
        get: operations["MinutesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an action to the minutes (proposed in /api/actions until they lock)
         * @description The client chooses the id: a retry with the same id and content answers 200 with the action, not a second one; the same id with other content answers 409 MINUTES_PART_CONFLICT.
         */
        post: operations["MinutesPartsController_addAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/actions/{actionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change an action of the minutes
         * @description Each write names the version of its part it started from (baseVersion): another answers 409 MINUTES_PART_CONFLICT with the current part in details.current, unless the body equals it (then 200: a retry). Locked minutes answer 409 MINUTES_LOCKED, minutes with the adjusters 409 MINUTES_UNDER_REVIEW.
         */
        put: operations["MinutesPartsController_updateAction"];
        post?: never;
        /**
         * Strike an action from the minutes (and its proposed action)
         * @description An action already gone answers 204. Each write names the version of its part it started from (baseVersion): another answers 409 MINUTES_PART_CONFLICT with the current part in details.current, unless the body equals it (then 200: a retry). Locked minutes answer 409 MINUTES_LOCKED, minutes with the adjusters 409 MINUTES_UNDER_REVIEW.
         */
        delete: operations["MinutesPartsController_deleteAction"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/adjuster-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom the minutes may go to for approval, and the agreement’s adjusters */
        get: operations["MinutesController_adjusterOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the minutes as an adjuster */
        post: operations["MinutesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save the attendance and guests of the minutes
         * @description Each write names the version of its part it started from (baseVersion): another answers 409 MINUTES_PART_CONFLICT with the current part in details.current, unless the body equals it (then 200: a retry). Locked minutes answer 409 MINUTES_LOCKED, minutes with the adjusters 409 MINUTES_UNDER_REVIEW.
         */
        put: operations["MinutesPartsController_saveAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/items/{agendaItemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save one agenda item’s notes and decisions in the minutes
         * @description Each write names the version of its part it started from (baseVersion): another answers 409 MINUTES_PART_CONFLICT with the current part in details.current, unless the body equals it (then 200: a retry). Locked minutes answer 409 MINUTES_LOCKED, minutes with the adjusters 409 MINUTES_UNDER_REVIEW.
         */
        put: operations["MinutesPartsController_saveItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/items/{agendaItemId}/secrecy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark one minutes entry restricted on a secrecy ground, or let it follow its agenda item
         * @description A discussion that turned confidential: restricted needs a ground of the region’s active list (400 SECRECY_GROUND_REQUIRED, SECRECY_GROUND_UNKNOWN); public with a ground is 400 SECRECY_GROUND_WITHOUT_RESTRICTION, and an entry whose agenda item is restricted stays so (400 SECRECY_GROUND_FROM_AGENDA). The public PDF, the informed copy and the archive print the entry as its marking from then on. No baseVersion: the marking does not change the version of the item’s text. Locked minutes answer 409 MINUTES_LOCKED, minutes with the adjusters 409 MINUTES_UNDER_REVIEW.
         */
        put: operations["MinutesPartsController_saveItemSecrecy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen locked minutes, with a reason */
        post: operations["MinutesController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return the minutes to the secretary with a comment */
        post: operations["MinutesController_returnMinutes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the revisions of a meeting’s minutes */
        get: operations["MinutesController_revisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/minutes/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the minutes to the adjusters for approval */
        post: operations["MinutesController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/rsvp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer your own invitation (ACCEPTED, TENTATIVE or DECLINED) */
        post: operations["InvitationController_rsvp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/substitute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a colleague of your organization in your place (a substitute) */
        post: operations["InvitationController_sendSubstitute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/meetings/{id}/substitutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Colleagues you may send in your place (standing substitutes first) */
        get: operations["InvitationController_listSubstitutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organizations */
        get: operations["OrganizationController_list"];
        put?: never;
        /** Create an organization (admins) */
        post: operations["OrganizationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an organization */
        get: operations["OrganizationController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an organization */
        patch: operations["OrganizationController_update"];
        trace?: never;
    };
    "/api/organizations/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a municipality’s agreement (the current or a given version) */
        get: operations["AgreementController_get"];
        /** Write a new version of a municipality’s agreement */
        put: operations["AgreementController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/agreement/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every version of a municipality’s agreement */
        get: operations["AgreementController_versions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/cadence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cadence compliance of one municipality */
        get: operations["CadenceController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county overview, as JSON or CSV */
        get: operations["OverviewController_county"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county overview as CSV (Swedish Excel) */
        get: operations["OverviewController_countyCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The overview of one municipality, or of the region itself (kind region) */
        get: operations["OverviewController_organization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/papers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a paper
         * @description The file as stored, with the media type read from its content at upload.
         */
        get: operations["PaperController_download"];
        put?: never;
        post?: never;
        /** Remove a paper from its agenda item */
        delete: operations["PaperController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List people */
        get: operations["PersonController_list"];
        put?: never;
        /** Add a person */
        post: operations["PersonController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a person */
        get: operations["PersonController_get"];
        put?: never;
        post?: never;
        /** Delete a person (soft) */
        delete: operations["PersonController_delete"];
        options?: never;
        head?: never;
        /** Change a person (or your own name, title, phone, locale, password) */
        patch: operations["PersonController_update"];
        trace?: never;
    };
    "/api/people/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a person’s data (GDPR art. 17; admins): contact data, login and email bodies go, the name becomes a pseudonym, public records keep what they said */
        post: operations["PrivacyController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Samverkan holds about a person (admins; JSON) */
        get: operations["PrivacyController_person"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/personal-data.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Samverkan holds about a person, as a readable PDF (admins) */
        get: operations["PrivacyController_personPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a public records export of a period and municipalities would hold
         * @description The manifest of the export, without its files: nothing is rendered nor audited. For the region’s coordinators and admins, for municipalities of their own region (another id answers 404 PUBLIC_RECORDS_ORGANIZATION_NOT_FOUND). Meetings by their start in Europe/Stockholm, both days included; at most 5 years (PUBLIC_RECORDS_PERIOD_TOO_LONG, PUBLIC_RECORDS_PERIOD_REVERSED).
         */
        get: operations["PublicRecordsController_preview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public-records/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the public versions of agendas, minutes and proposals as one zip
         * @description manifest.json, forteckning.html (Swedish) and a folder per meeting: the published agenda, the locked minutes’ public version (never a draft) and each proposal a municipality sent, restricted parts replaced by "Sekretess enligt <ground>". Streamed; audited (public_records.export). For the region’s coordinators and admins, for municipalities of their own region (another id answers 404 PUBLIC_RECORDS_ORGANIZATION_NOT_FOUND). Meetings by their start in Europe/Stockholm, both days included; at most 5 years (PUBLIC_RECORDS_PERIOD_TOO_LONG, PUBLIC_RECORDS_PERIOD_REVERSED).
         */
        get: operations["PublicRecordsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List questions */
        get: operations["QuestionController_list"];
        put?: never;
        /** Register a question */
        post: operations["QuestionController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a question */
        get: operations["QuestionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a question */
        patch: operations["QuestionController_update"];
        trace?: never;
    };
    "/api/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List rounds */
        get: operations["RoundController_list"];
        put?: never;
        /** Plan a round: the scheduler proposes one meeting per municipality */
        post: operations["RoundController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a round with its proposal and the reason for each placement */
        get: operations["RoundController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Set or clear the round’s case number (diarienummer) */
        patch: operations["RoundController_update"];
        trace?: never;
    };
    "/api/rounds/{id}/agenda-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Choose the agenda template of a round */
        put: operations["AgendaController_setRoundTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a round: create its meetings and send the invitations */
        post: operations["RoundController_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/items/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move one municipality’s proposed meeting */
        patch: operations["RoundController_move"];
        trace?: never;
    };
    "/api/rounds/{id}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a draft round to the municipalities as a proposal: each contact may accept its slot or ask for another; nothing is booked until confirmed */
        post: operations["RoundController_propose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/secrecy-grounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the secrecy grounds (OSL) a restricted item may carry */
        get: operations["SecrecyGroundController_list"];
        put?: never;
        /** Add a secrecy ground to a region's list (admins) */
        post: operations["SecrecyGroundController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/secrecy-grounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Describe, reorder or deactivate a secrecy ground (admins) */
        patch: operations["SecrecyGroundController_update"];
        trace?: never;
    };
    "/api/strategy-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List strategy areas */
        get: operations["StrategyAreaController_list"];
        put?: never;
        /** Create a strategy area (admins) */
        post: operations["StrategyAreaController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/strategy-areas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a strategy area */
        get: operations["StrategyAreaController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a strategy area (admins) */
        patch: operations["StrategyAreaController_update"];
        trace?: never;
    };
    "/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar subscription feed (the token is the credential) */
        get: operations["CalendarFeedPublicController_feed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness, as /health/ready */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the database, Redis and the queues, for admins */
        get: operations["HealthController_details"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers; asks neither PostgreSQL nor Redis */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: PostgreSQL and Redis answer */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/minutes-approval/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show minutes through an adjuster’s approval link (changes nothing) */
        get: operations["MinutesApprovalController_show"];
        put?: never;
        /** Approve or return minutes through an adjuster’s approval link */
        post: operations["MinutesApprovalController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/round-proposal/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a round’s proposed slot through a municipality’s link (changes nothing) */
        get: operations["RoundProposalController_show"];
        put?: never;
        /** Accept a round’s proposed slot, or ask for another, through a municipality’s link */
        post: operations["RoundProposalController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rsvp/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show an invitation through its RSVP link (changes nothing) */
        get: operations["RsvpController_show"];
        put?: never;
        /** Answer an invitation through its RSVP link */
        post: operations["RsvpController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rsvp/{token}/substitute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a colleague in your place through the RSVP link */
        post: operations["RsvpController_substitute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessTokenResponse: {
            accessToken: string;
            /** @description seconds */
            expiresIn: number;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        ActionPageResponse: {
            /** @description this page, in the list’s stable order */
            items: {
                /** Format: uuid */
                agendaItemId: string | null;
                /** Format: date-time */
                closedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                createdBy: string | null;
                description: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                meetingId: string | null;
                overdue: boolean;
                owner: {
                    name: string | null;
                    /** Format: uuid */
                    organizationId: string;
                    organizationName: string | null;
                    /** Format: uuid */
                    personId: string;
                };
                /** Format: uuid */
                regionId: string;
                /** @enum {string} */
                status: "proposed" | "open" | "in_progress" | "done" | "cancelled";
                strategyAreas: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
                title: string;
                /** Format: date-time */
                updatedAt: string;
                version: number;
            }[];
            /** @description the page size used */
            limit: number;
            /** @description the offset used; past the end the page is empty, total unchanged */
            offset: number;
            /** @description how many items match the filters, on every page */
            total: number;
        };
        ActionResponse: {
            /** Format: uuid */
            agendaItemId: string | null;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            description: string | null;
            dueDate: string;
            history: {
                /** Format: uuid */
                actorId: string | null;
                actorName: string | null;
                changes: {
                    [key: string]: {
                        from: unknown;
                        to: unknown;
                    };
                };
                comment: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "created" | "updated" | "commented";
                /** Format: date-time */
                occurredAt: string;
            }[];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            meetingId: string | null;
            overdue: boolean;
            owner: {
                name: string | null;
                /** Format: uuid */
                organizationId: string;
                organizationName: string | null;
                /** Format: uuid */
                personId: string;
            };
            /** Format: uuid */
            regionId: string;
            /** @enum {string} */
            status: "proposed" | "open" | "in_progress" | "done" | "cancelled";
            strategyAreas: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AddMeetingGuestBody: {
            email: string;
            /**
             * @description the language of the invitation and the minutes
             * @default sv
             * @enum {string}
             */
            locale: "sv" | "en";
            name: string;
            /**
             * @default optional
             * @enum {string}
             */
            role: "chair" | "required" | "optional";
            /** @description when given, the change fails with 409 MEETING_VERSION_CONFLICT unless it matches */
            version?: number;
        };
        AdjusterOptionsResponse: {
            /** @description the agreement's adjuster of each party (null: none named, or no longer a person here) */
            defaults: {
                /** Format: uuid */
                municipality: string | null;
                /** Format: uuid */
                region: string | null;
            };
            /** @description people of the region and of the meeting’s municipalities, by name */
            people: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organizationId: string;
                /** @enum {string} */
                party: "region" | "municipality";
            }[];
        };
        AgendaItemResponse: {
            /** Format: uuid */
            carriedFromItemId: string | null;
            carriedOver: {
                actions: {
                    dueDate: string | null;
                    id: string;
                    ownerName: string;
                    ownerOrganizationId: string;
                    ownerPersonId: string;
                    status: string;
                    title: string;
                }[];
                questions: {
                    id: string;
                    owningParty: string;
                    status: string;
                    title: string;
                }[];
            } | null;
            closing: boolean;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            decidedBy: string | null;
            decisionReason: string | null;
            description: string | null;
            durationMinutes: number;
            /** Format: uuid */
            id: string;
            links: {
                label: string | null;
                url: string;
            }[];
            /** Format: uuid */
            meetingId: string;
            /** Format: uuid */
            movedToMeetingId: string | null;
            number: number | null;
            papers: {
                /** Format: uuid */
                agendaItemId: string;
                /** Format: uuid */
                id: string;
                /** @description decided from the content, not from the name */
                mediaType: string;
                name: string;
                /** @description hex SHA-256 of the content, as stored */
                sha256: string;
                sizeBytes: number;
                /** Format: date-time */
                uploadedAt: string;
                /** @description null when the person was deleted since */
                uploadedBy: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                url: string;
            }[];
            position: number;
            presenter: {
                name: string | null;
                /** @enum {string|null} */
                party: "region" | "municipality" | null;
                /** Format: uuid */
                personId: string | null;
            };
            /** Format: uuid */
            proposedBy: string | null;
            /** @description who proposed the item, named for whoever may read the agenda; null when none or deleted */
            proposer: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @description a restricted item's legal ground ("31 kap. 16 § OSL"); the public version prints "Sekretess enligt …" */
            secrecyGround: string | null;
            secrecyNote: string | null;
            /** @enum {string} */
            source: "template" | "proposal" | "carry-over" | "added";
            /** @enum {string} */
            status: "proposed" | "accepted" | "declined" | "scheduled";
            strategyAreaIds: string[];
            title: string;
            /** @enum {string} */
            type: "information" | "discussion" | "decision" | "follow-up";
            version: number;
            /** @enum {string} */
            visibility: "public" | "restricted";
        };
        AgendaResponse: {
            /** @description for the agenda's keepers: every agenda email (publication and each update) to each participant, oldest first, with its delivery; null for everyone else */
            deliveries: {
                address: string;
                name: string | null;
                /** Format: uuid */
                personId: string | null;
                /** Format: date-time */
                queuedAt: string;
                /** Format: date-time */
                sentAt: string | null;
                /** @enum {string} */
                status: "queued" | "sent" | "failed";
            }[] | null;
            items: {
                /** Format: uuid */
                carriedFromItemId: string | null;
                carriedOver: {
                    actions: {
                        dueDate: string | null;
                        id: string;
                        ownerName: string;
                        ownerOrganizationId: string;
                        ownerPersonId: string;
                        status: string;
                        title: string;
                    }[];
                    questions: {
                        id: string;
                        owningParty: string;
                        status: string;
                        title: string;
                    }[];
                } | null;
                closing: boolean;
                /** Format: date-time */
                decidedAt: string | null;
                /** Format: uuid */
                decidedBy: string | null;
                decisionReason: string | null;
                description: string | null;
                durationMinutes: number;
                /** Format: uuid */
                id: string;
                links: {
                    label: string | null;
                    url: string;
                }[];
                /** Format: uuid */
                meetingId: string;
                /** Format: uuid */
                movedToMeetingId: string | null;
                number: number | null;
                papers: {
                    /** Format: uuid */
                    agendaItemId: string;
                    /** Format: uuid */
                    id: string;
                    /** @description decided from the content, not from the name */
                    mediaType: string;
                    name: string;
                    /** @description hex SHA-256 of the content, as stored */
                    sha256: string;
                    sizeBytes: number;
                    /** Format: date-time */
                    uploadedAt: string;
                    /** @description null when the person was deleted since */
                    uploadedBy: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                    } | null;
                    url: string;
                }[];
                position: number;
                presenter: {
                    name: string | null;
                    /** @enum {string|null} */
                    party: "region" | "municipality" | null;
                    /** Format: uuid */
                    personId: string | null;
                };
                /** Format: uuid */
                proposedBy: string | null;
                /** @description who proposed the item, named for whoever may read the agenda; null when none or deleted */
                proposer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                /** @description a restricted item's legal ground ("31 kap. 16 § OSL"); the public version prints "Sekretess enligt …" */
                secrecyGround: string | null;
                secrecyNote: string | null;
                /** @enum {string} */
                source: "template" | "proposal" | "carry-over" | "added";
                /** @enum {string} */
                status: "proposed" | "accepted" | "declined" | "scheduled";
                strategyAreaIds: string[];
                title: string;
                /** @enum {string} */
                type: "information" | "discussion" | "decision" | "follow-up";
                version: number;
                /** @enum {string} */
                visibility: "public" | "restricted";
            }[];
            /** Format: uuid */
            meetingId: string;
            meetingMinutes: number;
            /** @description for the agenda's keepers: the meeting an item moved on (PATCH …/agenda-items/:id moveToNextMeeting) lands on, the municipality's next planned or confirmed one; null when there is none (the move answers 409 AGENDA_NO_NEXT_MEETING) and for everyone else */
            nextMeeting: {
                /** Format: date-time */
                endAt: string;
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                startAt: string;
                title: string;
            } | null;
            paperUpload: {
                /** @description accepted file name extensions, e.g. pdf, docx, png */
                extensions: string[];
                maxBytes: number;
            };
            /**
             * Format: date-time
             * @description proposals close at this instant
             */
            proposalDeadline: string;
            /** @description the last local date for proposals */
            proposalDeadlineDate: string;
            proposals: {
                /** Format: uuid */
                carriedFromItemId: string | null;
                carriedOver: {
                    actions: {
                        dueDate: string | null;
                        id: string;
                        ownerName: string;
                        ownerOrganizationId: string;
                        ownerPersonId: string;
                        status: string;
                        title: string;
                    }[];
                    questions: {
                        id: string;
                        owningParty: string;
                        status: string;
                        title: string;
                    }[];
                } | null;
                closing: boolean;
                /** Format: date-time */
                decidedAt: string | null;
                /** Format: uuid */
                decidedBy: string | null;
                decisionReason: string | null;
                description: string | null;
                durationMinutes: number;
                /** Format: uuid */
                id: string;
                links: {
                    label: string | null;
                    url: string;
                }[];
                /** Format: uuid */
                meetingId: string;
                /** Format: uuid */
                movedToMeetingId: string | null;
                number: number | null;
                papers: {
                    /** Format: uuid */
                    agendaItemId: string;
                    /** Format: uuid */
                    id: string;
                    /** @description decided from the content, not from the name */
                    mediaType: string;
                    name: string;
                    /** @description hex SHA-256 of the content, as stored */
                    sha256: string;
                    sizeBytes: number;
                    /** Format: date-time */
                    uploadedAt: string;
                    /** @description null when the person was deleted since */
                    uploadedBy: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                    } | null;
                    url: string;
                }[];
                position: number;
                presenter: {
                    name: string | null;
                    /** @enum {string|null} */
                    party: "region" | "municipality" | null;
                    /** Format: uuid */
                    personId: string | null;
                };
                /** Format: uuid */
                proposedBy: string | null;
                /** @description who proposed the item, named for whoever may read the agenda; null when none or deleted */
                proposer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                /** @description a restricted item's legal ground ("31 kap. 16 § OSL"); the public version prints "Sekretess enligt …" */
                secrecyGround: string | null;
                secrecyNote: string | null;
                /** @enum {string} */
                source: "template" | "proposal" | "carry-over" | "added";
                /** @enum {string} */
                status: "proposed" | "accepted" | "declined" | "scheduled";
                strategyAreaIds: string[];
                title: string;
                /** @enum {string} */
                type: "information" | "discussion" | "decision" | "follow-up";
                version: number;
                /** @enum {string} */
                visibility: "public" | "restricted";
            }[];
            proposalsOpen: boolean;
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            sentAt: string | null;
            sentVersion: number | null;
            /** Format: uuid */
            templateId: string | null;
            totalMinutes: number;
            unplacedCarriedOver: {
                actions: {
                    dueDate: string | null;
                    id: string;
                    ownerName: string;
                    ownerOrganizationId: string;
                    ownerPersonId: string;
                    status: string;
                    title: string;
                }[];
                questions: {
                    id: string;
                    owningParty: string;
                    status: string;
                    title: string;
                }[];
            } | null;
            version: number;
            warnings: {
                code: string;
                details?: unknown;
                message: string;
            }[];
        };
        AgendaTemplateListResponse: {
            items: {
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                isDefault: boolean;
                items: {
                    closing: boolean;
                    description: string | null;
                    durationMinutes: number;
                    position: number;
                    /** @enum {string|null} */
                    presentingParty: "region" | "municipality" | null;
                    title: string;
                    /** @enum {string} */
                    type: "information" | "discussion" | "decision" | "follow-up";
                }[];
                name: string;
                /** Format: uuid */
                regionId: string | null;
                totalMinutes: number;
                /** Format: date-time */
                updatedAt: string;
                version: number;
            }[];
        };
        AgendaTemplateResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            isDefault: boolean;
            items: {
                closing: boolean;
                description: string | null;
                durationMinutes: number;
                position: number;
                /** @enum {string|null} */
                presentingParty: "region" | "municipality" | null;
                title: string;
                /** @enum {string} */
                type: "information" | "discussion" | "decision" | "follow-up";
            }[];
            name: string;
            /** Format: uuid */
            regionId: string | null;
            totalMinutes: number;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AgreementQuery: {
            /** @description an earlier version; default the current */
            version?: number;
        };
        AgreementResponse: {
            adjusters: {
                /** Format: uuid */
                municipality: string | null;
                /** Format: uuid */
                region: string | null;
            };
            blockedDates: {
                from: string;
                note: string | null;
                to: string;
            }[];
            cadence: string;
            /** @enum {string} */
            cadenceKind: "duration" | "rrule";
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            current: boolean;
            defaultParticipantIds: string[];
            expectations: {
                /** @enum {string} */
                metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                /** @enum {string} */
                party: "region" | "municipality";
                text: string;
            }[];
            /** Format: uuid */
            id: string;
            location: {
                address: string | null;
                videoUrl: string | null;
            };
            /** Format: uuid */
            organizationId: string;
            /** @description default participants, standing substitutes, adjusters and createdBy, each once; a deleted person is left out */
            people: {
                /** Format: uuid */
                id: string;
                name: string;
                /** Format: uuid */
                organizationId: string;
            }[];
            /** @enum {string} */
            preferredMode: "onsite" | "digital" | "hybrid";
            preferredWeekdays: number[];
            substitutes: {
                /** Format: uuid */
                forPersonId: string | null;
                /** Format: uuid */
                personId: string;
            }[];
            validFrom: string;
            version: number;
        };
        AgreementVersionsResponse: {
            items: {
                adjusters: {
                    /** Format: uuid */
                    municipality: string | null;
                    /** Format: uuid */
                    region: string | null;
                };
                blockedDates: {
                    from: string;
                    note: string | null;
                    to: string;
                }[];
                cadence: string;
                /** @enum {string} */
                cadenceKind: "duration" | "rrule";
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                createdBy: string | null;
                current: boolean;
                defaultParticipantIds: string[];
                expectations: {
                    /** @enum {string} */
                    metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                    /** @enum {string} */
                    party: "region" | "municipality";
                    text: string;
                }[];
                /** Format: uuid */
                id: string;
                location: {
                    address: string | null;
                    videoUrl: string | null;
                };
                /** Format: uuid */
                organizationId: string;
                /** @description default participants, standing substitutes, adjusters and createdBy, each once; a deleted person is left out */
                people: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** Format: uuid */
                    organizationId: string;
                }[];
                /** @enum {string} */
                preferredMode: "onsite" | "digital" | "hybrid";
                preferredWeekdays: number[];
                substitutes: {
                    /** Format: uuid */
                    forPersonId: string | null;
                    /** Format: uuid */
                    personId: string;
                }[];
                validFrom: string;
                version: number;
            }[];
        };
        /** @description Adds the template's items that the agenda lacks (by title): its other items before the agenda's closing items, its closing items last. */
        ApplyAgendaTemplateBody: {
            /** @description when given, 409 AGENDA_VERSION_CONFLICT unless the agenda is still at this version */
            agendaVersion?: number;
            /** Format: uuid */
            templateId: string;
        };
        ApprovalDecisionBody: {
            comment?: string;
            /** @enum {string} */
            decision: "approve" | "return";
        };
        ApprovalPageResponse: {
            adjusterName: string;
            /** @description deadlineAt in words, in the adjuster’s language and the business time zone */
            deadline: string;
            /** Format: date-time */
            deadlineAt: string;
            /** @enum {string} */
            locale: "sv" | "en";
            meetingTitle: string;
            /** @description while the link is open (the minutes as submitted); null once closed, which shows only its outcome */
            minutes: {
                actions: {
                    /**
                     * Format: uuid
                     * @description its action in /api/actions: proposed while the minutes are written, open once they lock
                     */
                    actionId: string | null;
                    /**
                     * Format: uuid
                     * @description who wrote the action into the minutes; the action is created in their name
                     */
                    addedBy: string | null;
                    /** Format: uuid */
                    agendaItemId: string | null;
                    description: string | null;
                    dueDate: string;
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    ownerOrganizationId: string;
                    /** Format: uuid */
                    ownerPersonId: string;
                    /** @description true until the minutes lock (then its action is open) */
                    proposed: boolean;
                    strategyAreaIds: string[];
                    title: string;
                    /** Format: date-time */
                    updatedAt: string | null;
                    /** @description who saved this part last (name null when the person is gone) */
                    updatedBy: {
                        name: string | null;
                        /** Format: uuid */
                        personId: string;
                    } | null;
                    /** @description 0: never written; +1 with every save that changes this part */
                    version: number;
                }[];
                attendance: {
                    name: string;
                    /** Format: uuid */
                    organizationId: string | null;
                    /** Format: uuid */
                    personId: string;
                    /** @enum {string|null} */
                    status: "present" | "absent" | "excused" | null;
                }[];
                /** @description the version of attendance and guests together (PUT …/minutes/attendance) */
                attendancePart: {
                    /** Format: date-time */
                    updatedAt: string | null;
                    /** @description who saved this part last (name null when the person is gone) */
                    updatedBy: {
                        name: string | null;
                        /** Format: uuid */
                        personId: string;
                    } | null;
                    /** @description 0: never written; +1 with every save that changes this part */
                    version: number;
                };
                /** Format: date-time */
                firstSubmittedAt: string | null;
                guests: {
                    name: string;
                    organization: string | null;
                }[];
                informed: string[];
                items: {
                    /** Format: uuid */
                    agendaItemId: string;
                    decisions: string[];
                    notes: string | null;
                    number: number;
                    /** @description a restricted item's legal ground, from its agenda item or the entry's own (secrecySource); the public version prints "Sekretess enligt …" */
                    secrecyGround: string | null;
                    secrecyNote: string | null;
                    /**
                     * @description where the restriction comes from: the agenda item, or the minutes entry itself (PUT …/minutes/items/:agendaItemId/secrecy); null: public
                     * @enum {string|null}
                     */
                    secrecySource: "agenda" | "minutes" | null;
                    title: string;
                    /** @enum {string} */
                    type: "information" | "discussion" | "decision" | "follow-up";
                    /** Format: date-time */
                    updatedAt: string | null;
                    /** @description who saved this part last (name null when the person is gone) */
                    updatedBy: {
                        name: string | null;
                        /** Format: uuid */
                        personId: string;
                    } | null;
                    /** @description 0: never written; +1 with every save that changes this part */
                    version: number;
                    /** @enum {string} */
                    visibility: "public" | "restricted";
                }[];
                /** Format: date-time */
                lockedAt: string | null;
                /** Format: uuid */
                meetingId: string;
                pdfUrl: string;
                /** @description the latest submission to the adjusters */
                review: {
                    adjusters: {
                        comment: string | null;
                        /** Format: date-time */
                        decidedAt: string | null;
                        /** @enum {string|null} */
                        decision: "approved" | "returned" | null;
                        name: string | null;
                        /** @enum {string} */
                        party: "region" | "municipality";
                        /** Format: uuid */
                        personId: string;
                        /**
                         * Format: date-time
                         * @description when the reminder went out; null: not (yet)
                         */
                        remindedAt: string | null;
                        /**
                         * Format: date-time
                         * @description when an adjuster who has not decided by then is reminded with a fresh link (MINUTES_REMINDER_BEFORE_HOURS before the deadline, or half-way)
                         */
                        reminderAt: string;
                    }[];
                    /** Format: date-time */
                    closedAt: string | null;
                    /** Format: date-time */
                    deadlineAt: string;
                    /** Format: uuid */
                    id: string;
                    number: number;
                    /** @enum {string} */
                    status: "open" | "approved" | "returned" | "superseded";
                    /** Format: date-time */
                    submittedAt: string;
                    /** Format: uuid */
                    submittedBy: string;
                } | null;
                revision: number;
                /** @enum {string} */
                status: "draft" | "in_review" | "returned" | "locked";
                /** Format: date-time */
                updatedAt: string | null;
                version: number;
            } | null;
            /** @enum {string} */
            state: "open" | "approved" | "returned" | "closed";
            when: string;
        };
        ApprovalTokenParam: {
            token: string;
        };
        /** @default {} */
        ApproveMinutesBody: {
            comment?: string;
        };
        ArchivePackageParams: {
            /** Format: uuid */
            id: string;
            revision: number;
        };
        ArchivePackagesResponse: {
            deliveryConfigured: boolean;
            items: {
                /** Format: date-time */
                createdAt: string;
                delivery: {
                    attempts: number;
                    /** Format: date-time */
                    deliveredAt: string | null;
                    /** Format: date-time */
                    lastAttemptAt: string | null;
                    /** @description e.g. "HTTP 503", "ECONNREFUSED", "timeout" */
                    lastError: string | null;
                    /**
                     * @description not_configured: no registry was configured when the minutes locked
                     * @enum {string}
                     */
                    status: "not_configured" | "pending" | "delivered" | "failed";
                };
                /** Format: date-time */
                lockedAt: string;
                /** @description the package’s id: its root folder in the zip and the METS OBJID */
                objectId: string;
                /** @description the lock’s number: 1, then +1 for each lock after a reopen */
                revision: number;
                /** @description hex SHA-256 of the zip */
                sha256: string;
                sizeBytes: number;
                url: string;
            }[];
        };
        AuditEntryPageResponse: {
            /** @description this page, in the list’s stable order */
            items: {
                action: string;
                /** Format: uuid */
                actorId: string | null;
                /** @description the actor's name (also of a deleted person); null for the system */
                actorName: string | null;
                after: {
                    [key: string]: unknown;
                } | null;
                before: {
                    [key: string]: unknown;
                } | null;
                correlationId: string | null;
                entityId: string;
                /** @description the name or title of what was changed (a person, organization, meeting, action, …), when it has one */
                entityLabel: string | null;
                entityType: string;
                id: string;
                /** Format: date-time */
                occurredAt: string;
                /** Format: uuid */
                organizationId: string | null;
                organizationName: string | null;
            }[];
            /** @description the page size used */
            limit: number;
            /** @description the offset used; past the end the page is empty, total unchanged */
            offset: number;
            /** @description how many items match the filters, on every page */
            total: number;
        };
        AuditEntryResponse: {
            action: string;
            /** Format: uuid */
            actorId: string | null;
            /** @description the actor's name (also of a deleted person); null for the system */
            actorName: string | null;
            after: {
                [key: string]: unknown;
            } | null;
            before: {
                [key: string]: unknown;
            } | null;
            correlationId: string | null;
            entityId: string;
            /** @description the name or title of what was changed (a person, organization, meeting, action, …), when it has one */
            entityLabel: string | null;
            entityType: string;
            id: string;
            /** Format: date-time */
            occurredAt: string;
            /** Format: uuid */
            organizationId: string | null;
            organizationName: string | null;
        };
        AuditLogQuery: {
            /** Format: uuid */
            actorId?: string;
            entityId?: string;
            entityType?: string;
            /**
             * Format: date-time
             * @description inclusive, ISO 8601
             */
            from?: string;
            /**
             * @description page size: how many items at most (1–200, default 50)
             * @default 50
             */
            limit: number;
            /**
             * @description how many matching items to skip: (page − 1) × limit
             * @default 0
             */
            offset: number;
            /**
             * Format: date-time
             * @description exclusive, ISO 8601
             */
            to?: string;
        };
        BackchannelLogoutBody: {
            logout_token: string;
        };
        BackchannelLogoutResponse: {
            sessionsEnded: number;
        };
        CadenceListQuery: {
            /** @enum {string} */
            status?: "ok" | "due" | "overdue" | "no_agreement";
        };
        CadenceListResponse: {
            items: {
                agreementVersion: number | null;
                cadence: string | null;
                daysUntilDue: number | null;
                dueDate: string | null;
                lastHeld: {
                    date: string;
                    /** Format: date-time */
                    endAt: string;
                    /** Format: uuid */
                    meetingId: string;
                    /** Format: date-time */
                    startAt: string;
                } | null;
                nextPlanned: {
                    date: string;
                    /** Format: date-time */
                    endAt: string;
                    /** Format: uuid */
                    meetingId: string;
                    /** Format: date-time */
                    startAt: string;
                } | null;
                /** Format: uuid */
                organizationId: string;
                organizationName: string;
                /** @enum {string} */
                status: "ok" | "due" | "overdue" | "no_agreement";
            }[];
            today: string;
        };
        CadenceResponse: {
            agreementVersion: number | null;
            cadence: string | null;
            daysUntilDue: number | null;
            dueDate: string | null;
            lastHeld: {
                date: string;
                /** Format: date-time */
                endAt: string;
                /** Format: uuid */
                meetingId: string;
                /** Format: date-time */
                startAt: string;
            } | null;
            nextPlanned: {
                date: string;
                /** Format: date-time */
                endAt: string;
                /** Format: uuid */
                meetingId: string;
                /** Format: date-time */
                startAt: string;
            } | null;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            /** @enum {string} */
            status: "ok" | "due" | "overdue" | "no_agreement";
        };
        CalendarFeedListResponse: {
            items: {
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "person" | "organization";
                /** Format: date-time */
                lastUsedAt: string | null;
                /** Format: uuid */
                subjectId: string;
            }[];
        };
        CalendarFeedResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "person" | "organization";
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: uuid */
            subjectId: string;
        };
        CancelMeetingBody: {
            reason: string;
            /** @description when given, the change fails with 409 MEETING_VERSION_CONFLICT unless it matches */
            version?: number;
        };
        /** @default {} */
        ConfirmRoundBody: {
            version?: number;
        };
        CountyOverviewCsvQuery: {
            /** Format: uuid */
            regionId?: string;
        };
        CountyOverviewQuery: {
            /**
             * @description csv: the same as /api/overview.csv
             * @default json
             * @enum {string}
             */
            format: "json" | "csv";
            /**
             * Format: uuid
             * @description admins: one region; coordinators always get their own
             */
            regionId?: string;
        };
        CountyOverviewResponse: {
            /**
             * Format: date-time
             * @description when these figures were read; every change committed before the request is in them
             */
            computedAt: string;
            municipalities: {
                actions: {
                    doneOnTime: number;
                    dueInWindow: number;
                    open: number;
                    overdue: number;
                };
                cadence: {
                    agreementVersion: number | null;
                    cadence: string | null;
                    daysUntilDue: number | null;
                    dueDate: string | null;
                    /** @enum {string} */
                    status: "ok" | "due" | "overdue" | "no_agreement";
                };
                code: string;
                expectations: {
                    /** @enum {string} */
                    metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                    /** Format: uuid */
                    organizationId: string;
                    /** @enum {string} */
                    party: "region" | "municipality";
                    signal: {
                        denominator: number | null;
                        /**
                         * @description met, partly, unmet; neutral where the figure alone does not say (README: County overview, Signals)
                         * @enum {string}
                         */
                        level: "met" | "partly" | "unmet" | "neutral";
                        /** @enum {string} */
                        metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                        numerator: number | null;
                        ratio: number | null;
                        /** @description in Swedish, e.g. "Protokoll justerade inom tidsfristen: 5 av 6" */
                        summary: string;
                    } | null;
                    text: string;
                }[];
                /** @enum {string} */
                kind: "municipality";
                lastMeeting: {
                    date: string;
                    /** Format: date-time */
                    endAt: string;
                    /** Format: uuid */
                    meetingId: string;
                    /** Format: date-time */
                    startAt: string;
                } | null;
                minutes: {
                    approvedInWindow: number;
                    approvedWithinDeadline: number;
                    awaitingApproval: number;
                    medianApprovalDays: number | null;
                };
                name: string;
                nextMeeting: {
                    date: string;
                    /** Format: date-time */
                    endAt: string;
                    /** Format: uuid */
                    meetingId: string;
                    /** Format: date-time */
                    startAt: string;
                    status: string;
                } | null;
                /** Format: uuid */
                organizationId: string;
                questions: {
                    byOwningParty: {
                        count: number;
                        /** @enum {string} */
                        kind: "organization" | "external";
                        name: string;
                        /** Format: uuid */
                        organizationId: string | null;
                    }[];
                    open: number;
                };
                /** Format: uuid */
                regionId: string;
                strategyAreas: {
                    actions: number;
                    active: boolean;
                    agendaItems: number;
                    /** Format: uuid */
                    id: string;
                    name: string;
                    questions: number;
                }[];
            }[];
            regions: {
                actions: {
                    doneOnTime: number;
                    dueInWindow: number;
                    open: number;
                    overdue: number;
                };
                code: string;
                expectations: {
                    /** @enum {string} */
                    metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                    /** Format: uuid */
                    organizationId: string;
                    /** @enum {string} */
                    party: "region" | "municipality";
                    signal: {
                        denominator: number | null;
                        /**
                         * @description met, partly, unmet; neutral where the figure alone does not say (README: County overview, Signals)
                         * @enum {string}
                         */
                        level: "met" | "partly" | "unmet" | "neutral";
                        /** @enum {string} */
                        metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                        numerator: number | null;
                        ratio: number | null;
                        /** @description in Swedish, e.g. "Protokoll justerade inom tidsfristen: 5 av 6" */
                        summary: string;
                    } | null;
                    text: string;
                }[];
                /** @enum {string} */
                kind: "region";
                lastMeeting: {
                    date: string;
                    /** Format: date-time */
                    endAt: string;
                    /** Format: uuid */
                    meetingId: string;
                    /** Format: date-time */
                    startAt: string;
                } | null;
                minutes: {
                    approvedInWindow: number;
                    approvedWithinDeadline: number;
                    awaitingApproval: number;
                    medianApprovalDays: number | null;
                };
                name: string;
                nextMeeting: {
                    date: string;
                    /** Format: date-time */
                    endAt: string;
                    /** Format: uuid */
                    meetingId: string;
                    /** Format: date-time */
                    startAt: string;
                    status: string;
                } | null;
                /** Format: uuid */
                organizationId: string;
                questions: {
                    byOwningParty: {
                        count: number;
                        /** @enum {string} */
                        kind: "organization" | "external";
                        name: string;
                        /** Format: uuid */
                        organizationId: string | null;
                    }[];
                    open: number;
                };
                strategyAreas: {
                    actions: number;
                    active: boolean;
                    agendaItems: number;
                    /** Format: uuid */
                    id: string;
                    name: string;
                    questions: number;
                }[];
            }[];
            strategyAreas: {
                actions: number;
                active: boolean;
                agendaItems: number;
                /** Format: uuid */
                id: string;
                name: string;
                questions: number;
                /** Format: uuid */
                regionId: string;
            }[];
            today: string;
            totals: {
                actionsOpen: number;
                actionsOverdue: number;
                cadence: {
                    [key: string]: number;
                };
                minutesAwaitingApproval: number;
                municipalities: number;
                questionsOpen: number;
            };
            window: {
                from: string;
                to: string;
            };
        };
        CreateActionBody: {
            /**
             * Format: uuid
             * @description needs meetingId
             */
            agendaItemId?: string;
            comment?: string;
            description?: string;
            /** Format: date */
            dueDate: string;
            /** Format: uuid */
            meetingId?: string;
            /**
             * Format: uuid
             * @description the owner must belong to it
             */
            ownerOrganizationId: string;
            /** Format: uuid */
            ownerPersonId: string;
            /** @enum {string} */
            status?: "open" | "in_progress";
            /** @default [] */
            strategyAreaIds: string[];
            title: string;
        };
        /** @description The agenda's keepers (admin, coordinators and secretaries of the two parties) add items directly; other participants propose them until the proposal deadline. */
        CreateAgendaItemBody: {
            description?: string;
            /**
             * @description minutes
             * @default 10
             */
            durationMinutes: number;
            /** @default [] */
            links: {
                label?: string;
                /**
                 * Format: uri
                 * @description http(s)
                 */
                url: string;
            }[];
            /** @description keepers of the agenda only; default: before the closing items (Övriga frågor) */
            position?: number;
            /** @enum {string} */
            presenterParty?: "region" | "municipality";
            /** Format: uuid */
            presenterPersonId?: string;
            /** @description restricted items: the legal ground, a reference from GET /api/secrecy-grounds (e.g. "31 kap. 16 § OSL"); required with visibility restricted (400 SECRECY_GROUND_REQUIRED), refused on a public item */
            secrecyGround?: string;
            /** @description restricted items: optional free text with the ground, shown to the parties only */
            secrecyNote?: string;
            /** @default [] */
            strategyAreaIds: string[];
            title: string;
            /**
             * @default discussion
             * @enum {string}
             */
            type: "information" | "discussion" | "decision" | "follow-up";
            /**
             * @default public
             * @enum {string}
             */
            visibility: "public" | "restricted";
        };
        CreateAgendaTemplateBody: {
            /**
             * @description the region's default for meetings without a round template
             * @default false
             */
            isDefault: boolean;
            items: {
                /**
                 * @description a closing item ("Övriga frågor"): items added later land before it; closing items come last
                 * @default false
                 */
                closing: boolean;
                description?: string;
                /**
                 * @description minutes
                 * @default 10
                 */
                durationMinutes: number;
                /** @enum {string|null} */
                presentingParty?: "region" | "municipality" | null;
                title: string;
                /** @enum {string} */
                type: "information" | "discussion" | "decision" | "follow-up";
            }[];
            name: string;
            /**
             * Format: uuid
             * @description admins only: the region it is for; default your own region
             */
            regionId?: string;
        };
        CreateCalendarFeedBody: {
            /** @enum {string} */
            kind: "person" | "organization";
            /**
             * Format: uuid
             * @description the organization for kind organization; for kind person only your own id (the default)
             */
            subjectId?: string;
        };
        CreatedCalendarFeedResponse: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "person" | "organization";
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: uuid */
            subjectId: string;
            /**
             * Format: uri
             * @description the subscription URL with its secret token; shown only in this answer
             */
            url: string;
            /** @description the same URL with the webcal scheme, which calendar apps open directly */
            webcalUrl: string;
        };
        CreateMeetingBody: {
            /** @description case number (diarienummer) in the region’s registry, e.g. "RUN 2026/123" */
            caseNumber?: string;
            description?: string;
            /**
             * Format: date-time
             * @description ISO 8601 date-time with an offset or Z, e.g. 2026-03-30T10:00:00+02:00
             */
            end: string;
            locationAddress?: string;
            /**
             * @default digital
             * @enum {string}
             */
            mode: "onsite" | "digital" | "hybrid";
            /** @description municipalities of your region */
            organizationIds: string[];
            /** @default [] */
            participants: {
                /** Format: uuid */
                personId: string;
                /**
                 * @default required
                 * @enum {string}
                 */
                role: "chair" | "required" | "optional";
            }[];
            /**
             * Format: date-time
             * @description ISO 8601 date-time with an offset or Z, e.g. 2026-03-30T10:00:00+02:00
             */
            start: string;
            /**
             * @default planned
             * @enum {string}
             */
            status: "planned" | "confirmed";
            title: string;
            /**
             * Format: uri
             * @description http(s) link to the video meeting
             */
            videoUrl?: string;
        };
        CreateOrganizationBody: {
            code: string;
            /** Format: email */
            contactEmail?: string;
            /** @enum {string} */
            kind: "region" | "municipality" | "external";
            name: string;
            /**
             * Format: uuid
             * @description required for a municipality or an external organization: its region
             */
            parentId?: string;
            seat?: {
                lat: number;
                lon: number;
                town: string;
            };
            unit?: string;
        };
        CreatePersonBody: {
            email: string;
            /**
             * @default sv
             * @enum {string}
             */
            locale: "sv" | "en";
            /** @description default: true when a password is given */
            loginEnabled?: boolean;
            name: string;
            /** Format: uuid */
            organizationId: string;
            /** @description at least 12 characters; enables login */
            password?: string;
            phone?: string;
            /**
             * @default [
             *       "participant"
             *     ]
             */
            roles: ("admin" | "coordinator" | "secretary" | "participant")[];
            title?: string;
        };
        CreateQuestionBody: {
            /** @default [] */
            actionIds: string[];
            /** @default [] */
            agendaItemIds: string[];
            description?: string;
            /** @default [] */
            meetingIds: string[];
            /**
             * @description the municipalities it is raised with; an owning municipality and the caller's own are added
             * @default []
             */
            organizationIds: string[];
            owner: {
                /** @enum {string} */
                kind: "organization";
                /** Format: uuid */
                organizationId: string;
            } | {
                /** @enum {string} */
                kind: "external";
                name: string;
            };
            /** Format: uuid */
            responsiblePersonId?: string;
            /** @enum {string} */
            status?: "open" | "in_progress" | "resolved" | "parked";
            /** @default [] */
            strategyAreaIds: string[];
            title: string;
        };
        CreateRoundBody: {
            /** @description plan on the worker and report progress; default for rounds of more than 30 municipalities */
            background?: boolean;
            /** @description diarienummer; the meetings the round creates start with it */
            caseNumber?: string;
            /** @default {} */
            constraints: {
                /** @description one trip may visit several municipalities; default true */
                allowChaining?: boolean;
                averageSpeedKmh?: number;
                /** @description replaces the default summer and Christmas blackouts */
                blackouts?: {
                    /** @description YYYY-MM-DD (once) or MM-DD (every year) */
                    from: string;
                    label?: string;
                    /** @description YYYY-MM-DD (once) or MM-DD (every year) */
                    to: string;
                }[];
                /** @description regional team; default 2 */
                maxMeetingsPerDay?: number;
                maxStopsPerTrip?: number | null;
                /** @description default 30 */
                minGapDays?: number;
                roadFactor?: number;
                /** @description default 30 */
                slotMinutes?: number;
                travelBufferMinutes?: number;
                /** @description an on-site trip, travel included, fits inside; default the working hours */
                travelHours?: {
                    /** @description local time HH:mm */
                    end: string;
                    /** @description local time HH:mm */
                    start: string;
                } | null;
                /** @description default 09:00–16:00; every meeting inside */
                workingHours?: {
                    /** @description local time HH:mm */
                    end: string;
                    /** @description local time HH:mm */
                    start: string;
                };
            };
            durationMinutes: number;
            /**
             * @description for every municipality; default each agreement’s mode
             * @enum {string}
             */
            mode?: "onsite" | "digital" | "hybrid";
            name: string;
            /**
             * @description without organizationIds: only those whose cadence makes a meeting due by the window’s end
             * @default false
             */
            onlyDue: boolean;
            /** @description municipalities of your region; default every one with an agreement */
            organizationIds?: string[];
            /** @description people of the region who attend every meeting; the first chairs */
            regionalTeam: string[];
            window: {
                /**
                 * Format: date
                 * @description local date YYYY-MM-DD
                 */
                from: string;
                /**
                 * Format: date
                 * @description local date YYYY-MM-DD
                 */
                to: string;
            };
        };
        CreateSecrecyGroundBody: {
            /** @description a short summary of what it protects */
            description: string;
            position?: number;
            /** @description the provision as the marking prints it, e.g. "31 kap. 16 § OSL" */
            reference: string;
            /**
             * Format: uuid
             * @description the region; defaults to the admin's own region
             */
            regionId?: string;
        };
        CreateStrategyAreaBody: {
            description?: string;
            name: string;
            position?: number;
            /**
             * Format: uuid
             * @description the region; defaults to the admin's own region
             */
            regionId?: string;
        };
        DeleteMinutesActionQuery: {
            /** @description the version of this part the edit started from; another answers 409 MINUTES_PART_CONFLICT with the current part, unless the body equals it */
            baseVersion: number;
        };
        EraseGuestBody: {
            /** @description the address the guest was invited with (any case) */
            email: string;
            /** @description why the data is erased (e.g. the request and its date); kept in the audit log */
            reason: string;
        };
        ErasePersonBody: {
            /** @description why the data is erased (e.g. the request and its date); kept in the audit log */
            reason: string;
        };
        ErasureResponse: {
            approvalLinks: number;
            auditEntries: number;
            calendarFeeds: number;
            draftMinutes: number;
            emailBodies: number;
            identities: number;
            passwordLinks: number;
            proposalLinks: number;
            rsvpLinks: number;
            sessions: number;
        };
        ErrorResponse: {
            /**
             * @description Stable machine-readable code, e.g. MEETING_NOT_FOUND; never translated
             * @enum {string}
             */
            code: "ACTION_INVALID_DUE_DATE" | "ACTION_INVALID_LINK" | "ACTION_INVALID_OWNER" | "ACTION_NOT_FOUND" | "ACTION_PROPOSED" | "ACTION_VERSION_CONFLICT" | "AGENDA_CLOSING_ITEMS_LAST" | "AGENDA_INVALID_PRESENTER" | "AGENDA_ITEM_ALREADY_MOVED" | "AGENDA_ITEM_NOT_A_PROPOSAL" | "AGENDA_ITEM_NOT_FOUND" | "AGENDA_ITEM_NOT_ON_AGENDA" | "AGENDA_ITEM_VERSION_CONFLICT" | "AGENDA_MEETING_CANCELLED" | "AGENDA_NO_NEXT_MEETING" | "AGENDA_PROPOSAL_DEADLINE_PASSED" | "AGENDA_PROPOSAL_UNDECIDED" | "AGENDA_TEMPLATE_INVALID_REGION" | "AGENDA_TEMPLATE_NOT_FOUND" | "AGENDA_VERSION_CONFLICT" | "AGREEMENT_INVALID_PERSON" | "AGREEMENT_NOT_A_MUNICIPALITY" | "AGREEMENT_NOT_FOUND" | "AGREEMENT_VERSION_CONFLICT" | "CALENDAR_FEED_NOT_FOUND" | "CALENDAR_FEED_REVOKED" | "CALENDAR_FEED_TOKEN_LIMIT" | "CALENDAR_INVALID_INPUT" | "CALENDAR_METHOD_MISMATCH" | "CALENDAR_REPLY_ATTENDEE_COUNT" | "CALENDAR_REPLY_EVENT_COUNT" | "CALENDAR_REPLY_INVALID_ATTENDEE" | "CALENDAR_REPLY_INVALID_PARTSTAT" | "CALENDAR_REPLY_MALFORMED" | "CALENDAR_REPLY_NOT_A_REPLY" | "CALENDAR_REPLY_TOO_LARGE" | "CALENDAR_UNKNOWN_TIME_ZONE" | "CANNOT_DELETE_SELF" | "CANNOT_ERASE_ACTIVE_ADMIN" | "CANNOT_ERASE_SELF" | "CONFLICT" | "CSRF_REJECTED" | "EMAIL_TAKEN" | "FORBIDDEN" | "GUEST_NOT_FOUND" | "IDENTITY_PROVIDER_NOT_FOUND" | "INTERNAL_ERROR" | "INVALID_CREDENTIALS" | "INVALID_TOKEN" | "LAST_ADMIN" | "MEETING_COLLISION" | "MEETING_DURATION_EXCEEDS_WORKING_DAY" | "MEETING_END_BEFORE_START" | "MEETING_INVALID_ORGANIZATION" | "MEETING_INVALID_PARTICIPANT" | "MEETING_INVALID_TRANSITION" | "MEETING_NOT_EDITABLE" | "MEETING_NOT_ENDED" | "MEETING_NOT_FOUND" | "MEETING_VERSION_CONFLICT" | "MINUTES_ACTION_ALREADY_CREATED" | "MINUTES_ACTION_NOT_FOUND" | "MINUTES_ADJUSTERS_REQUIRED" | "MINUTES_ALREADY_DECIDED" | "MINUTES_APPROVAL_LINK_CLOSED" | "MINUTES_APPROVAL_LINK_NOT_FOUND" | "MINUTES_ARCHIVE_PACKAGE_NOT_FOUND" | "MINUTES_ARCHIVE_REGION_ONLY" | "MINUTES_EMPTY" | "MINUTES_INVALID_ACTION_OWNER" | "MINUTES_INVALID_ADJUSTER" | "MINUTES_INVALID_DEADLINE" | "MINUTES_LOCKED" | "MINUTES_MEETING_CANCELLED" | "MINUTES_MEETING_NOT_STARTED" | "MINUTES_NOT_INVITED" | "MINUTES_NOT_LOCKED" | "MINUTES_NOT_UNDER_REVIEW" | "MINUTES_PART_CONFLICT" | "MINUTES_UNDER_REVIEW" | "MINUTES_UNKNOWN_AGENDA_ITEM" | "MINUTES_VERSION_CONFLICT" | "NOT_FOUND" | "ORGANIZATION_CODE_TAKEN" | "ORGANIZATION_INVALID_PARENT" | "ORGANIZATION_NOT_FOUND" | "ORGANIZATION_VERSION_CONFLICT" | "OVERVIEW_NOT_FOUND" | "PAPER_EMPTY" | "PAPER_FILE_MISSING" | "PAPER_MINUTES_LOCKED" | "PAPER_NOT_FOUND" | "PAPER_NOT_MULTIPART" | "PAPER_TOO_LARGE" | "PAPER_TYPE_MISMATCH" | "PAPER_TYPE_NOT_ALLOWED" | "PAPER_UPLOAD_BROKEN" | "PASSWORD_LINK_GONE" | "PASSWORD_LINK_NOT_FOUND" | "PASSWORD_LOGIN_DISABLED" | "PAYLOAD_TOO_LARGE" | "PERSON_ALREADY_ERASED" | "PERSON_NOT_FOUND" | "PERSON_VERSION_CONFLICT" | "PUBLIC_RECORDS_ORGANIZATION_NOT_FOUND" | "PUBLIC_RECORDS_PERIOD_REVERSED" | "PUBLIC_RECORDS_PERIOD_TOO_LONG" | "QUESTION_INVALID_LINK" | "QUESTION_INVALID_OWNER" | "QUESTION_NOT_FOUND" | "QUESTION_VERSION_CONFLICT" | "RATE_LIMITED" | "ROLE_NOT_ALLOWED" | "ROUND_ALREADY_CONFIRMED" | "ROUND_ALREADY_PROPOSED" | "ROUND_DURATION_EXCEEDS_WORKING_DAY" | "ROUND_INVALID_INPUT" | "ROUND_INVALID_ORGANIZATION" | "ROUND_INVALID_PERSON" | "ROUND_ITEM_NOT_FOUND" | "ROUND_NOTHING_TO_PROPOSE" | "ROUND_NOT_FOUND" | "ROUND_NOT_READY" | "ROUND_NO_MUNICIPALITIES" | "ROUND_NO_WORKING_DAY_IN_WINDOW" | "ROUND_PROPOSAL_ANSWER_INVALID" | "ROUND_PROPOSAL_LINK_CLOSED" | "ROUND_PROPOSAL_LINK_NOT_FOUND" | "ROUND_SLOT_REFUSED" | "ROUND_STALE" | "ROUND_VERSION_CONFLICT" | "ROUND_WINDOW_ENDS_BEFORE_START" | "ROUTE_NOT_FOUND" | "RSVP_CLOSED" | "RSVP_LINK_EXPIRED" | "RSVP_LINK_NOT_FOUND" | "RSVP_LINK_REVOKED" | "RSVP_MEETING_CANCELLED" | "RSVP_NOT_PARTICIPANT" | "SECRECY_GROUND_FROM_AGENDA" | "SECRECY_GROUND_INVALID_REGION" | "SECRECY_GROUND_NOT_FOUND" | "SECRECY_GROUND_REFERENCE_TAKEN" | "SECRECY_GROUND_REQUIRED" | "SECRECY_GROUND_UNKNOWN" | "SECRECY_GROUND_VERSION_CONFLICT" | "SECRECY_GROUND_WITHOUT_RESTRICTION" | "SERVICE_UNAVAILABLE" | "STRATEGY_AREA_INVALID_REGION" | "STRATEGY_AREA_NAME_TAKEN" | "STRATEGY_AREA_NOT_FOUND" | "STRATEGY_AREA_UNKNOWN" | "STRATEGY_AREA_VERSION_CONFLICT" | "SUBSTITUTE_NOT_FOUND" | "SUBSTITUTE_TAKING_PART" | "TEXT_DIRECTION_CONTROL" | "TOKEN_EXPIRED" | "UNAUTHENTICATED" | "UNSUPPORTED_MEDIA_TYPE" | "VALIDATION_FAILED";
            /** @description The x-correlation-id of the request, for support */
            correlationId?: string;
            /** @description Code-specific facts, e.g. the fields that failed validation */
            details?: unknown;
            /** @description Human-readable, in the caller's language (Swedish by default) */
            message: string;
        };
        FeedTokenParam: {
            token: string;
        };
        ForgotPasswordBody: {
            email: string;
        };
        ForgotPasswordResponse: {
            message: string;
        };
        GuestEmailBody: {
            /** @description the address the guest was invited with (any case) */
            email: string;
        };
        GuestErasureResponse: {
            approvalLinks: number;
            auditEntries: number;
            calendarFeeds: number;
            draftMinutes: number;
            emailBodies: number;
            /** @description guest records erased: one per meeting the address was a guest of */
            guests: number;
            identities: number;
            passwordLinks: number;
            proposalLinks: number;
            rsvpLinks: number;
            sessions: number;
        };
        GuestPersonalDataResponse: {
            email: string;
            /** Format: date-time */
            generatedAt: string;
            /** @description one per meeting the address was a guest of, earliest meeting first */
            guests: {
                actionDigests: {
                    actionCount: number;
                    isoWeek: string;
                    kind: string;
                    /** Format: date-time */
                    sentAt: string | null;
                }[];
                actions: {
                    /** Format: uuid */
                    actionId: string;
                    as: string[];
                    dueDate: string;
                    status: string;
                    title: string;
                }[];
                adjusterDecisions: {
                    comment: string | null;
                    /** Format: date-time */
                    decidedAt: string | null;
                    decision: string | null;
                    /** Format: uuid */
                    meetingId: string;
                    party: string;
                }[];
                agendaItems: {
                    as: string[];
                    /** Format: uuid */
                    itemId: string;
                    /** Format: uuid */
                    meetingId: string;
                    status: string;
                    title: string;
                }[];
                /** @description agendas they published */
                agendas: {
                    /** Format: uuid */
                    meetingId: string;
                    /** Format: date-time */
                    publishedAt: string | null;
                }[];
                /** @description templates they created */
                agendaTemplates: {
                    name: string;
                    /** Format: uuid */
                    templateId: string;
                }[];
                /** @description agreement versions naming them (default participant, adjuster) or created by them */
                agreements: {
                    /** Format: uuid */
                    agreementId: string;
                    as: string[];
                    organization: string;
                    version: number;
                }[];
                /** @description audit entries of what they did, and of changes to their own record */
                auditEntries: {
                    action: string;
                    /** @description for entries about their own record */
                    after: {
                        [key: string]: unknown;
                    } | null;
                    /** @enum {string} */
                    as: "actor" | "subject";
                    /** @description for entries about their own record */
                    before: {
                        [key: string]: unknown;
                    } | null;
                    entityId: string;
                    entityType: string;
                    /** Format: date-time */
                    occurredAt: string;
                }[];
                calendarFeeds: {
                    as: string[];
                    /** Format: date-time */
                    createdAt: string;
                    kind: string;
                    /** Format: date-time */
                    lastUsedAt: string | null;
                    /** Format: date-time */
                    revokedAt: string | null;
                }[];
                /** @description emails sent to them: metadata only, not the text */
                emails: {
                    /** Format: date-time */
                    createdAt: string;
                    /** Format: date-time */
                    sentAt: string | null;
                    status: string;
                    subject: string;
                    template: string;
                    toAddress: string;
                }[];
                /** @description status changes and comments they wrote on actions and questions */
                events: {
                    comment: string | null;
                    event: string;
                    /** @enum {string} */
                    kind: "action" | "question";
                    /** Format: date-time */
                    occurredAt: string;
                    /** Format: uuid */
                    subjectId: string;
                }[];
                /** @description accounts at identity providers (single sign-on) linked to the person */
                identities: {
                    /** Format: date-time */
                    lastSignInAt: string;
                    /** Format: date-time */
                    linkedAt: string;
                    provider: string;
                    /** Format: date-time */
                    revokedAt: string | null;
                    /** @description the person's id at the identity provider */
                    subject: string;
                }[];
                /** @description meetings they take or took part in, with their answer; and those they created */
                meetings: {
                    /** Format: date-time */
                    addedAt: string | null;
                    answer: string | null;
                    answerComment: string | null;
                    /** Format: date-time */
                    answeredAt: string | null;
                    createdByThem: boolean;
                    /** Format: date-time */
                    endAt: string;
                    /** Format: date-time */
                    invitationSentAt: string | null;
                    /** Format: uuid */
                    meetingId: string;
                    /** Format: date-time */
                    removedAt: string | null;
                    /** @description null when they only created the meeting */
                    role: string | null;
                    /** Format: date-time */
                    startAt: string;
                    status: string;
                    title: string;
                }[];
                /** @description minutes where they are recorded (attendance, action owner), submitted them or wrote a revision */
                minutes: {
                    as: string[];
                    /** Format: uuid */
                    meetingId: string;
                    status: string;
                    title: string;
                }[];
                /** @description meeting papers (files) they uploaded: name and time, not the content */
                papers: {
                    /** Format: uuid */
                    meetingId: string;
                    name: string;
                    /** Format: uuid */
                    paperId: string;
                    /** Format: date-time */
                    uploadedAt: string;
                }[];
                passwordLinks: {
                    /** Format: date-time */
                    createdAt: string;
                    /** Format: date-time */
                    expiresAt: string;
                    purpose: string;
                    /** Format: date-time */
                    usedAt: string | null;
                }[];
                person: {
                    /** Format: date-time */
                    createdAt: string;
                    /** Format: date-time */
                    deletedAt: string | null;
                    email: string;
                    hasPassword: boolean;
                    /** Format: uuid */
                    id: string;
                    locale: string;
                    loginEnabled: boolean;
                    name: string;
                    organization: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                    };
                    phone: string | null;
                    roles: string[];
                    title: string | null;
                    /** Format: date-time */
                    updatedAt: string;
                };
                questions: {
                    as: string[];
                    /** Format: uuid */
                    questionId: string;
                    status: string;
                    title: string;
                }[];
                /** @description rounds with them in the regional team or a municipality’s participants, created or confirmed by them */
                rounds: {
                    as: string[];
                    name: string;
                    /** Format: uuid */
                    roundId: string;
                }[];
                /** @description browser sessions (signed-in periods), without their tokens */
                sessions: {
                    /** Format: date-time */
                    createdAt: string;
                    /** Format: date-time */
                    expiresAt: string;
                    /** Format: date-time */
                    lastSeenAt: string | null;
                }[];
            }[];
        };
        HealthReportResponse: {
            checks: {
                database: {
                    error?: string;
                    latencyMs: number;
                    /** @enum {string} */
                    status: "up" | "down";
                };
                redis: {
                    error?: string;
                    latencyMs: number;
                    /** @enum {string} */
                    status: "up" | "down";
                };
            };
            jobs?: {
                outbox: {
                    oldestPendingAgeSeconds: number | null;
                    pending: number;
                };
                queues: {
                    active: number;
                    delayed: number;
                    failed: number;
                    name: string;
                    waiting: number;
                    workers: number;
                }[];
            };
            /** @enum {string} */
            status: "ok" | "error";
            warnings: string[];
        };
        IdParam: {
            /** Format: uuid */
            id: string;
        };
        ListActionsQuery: {
            /**
             * Format: date
             * @description due strictly before this local date
             */
            dueBefore?: string;
            /**
             * Format: date
             * @description due on or after this local date
             */
            dueFrom?: string;
            /**
             * @description page size: how many items at most (1–200, default 50)
             * @default 50
             */
            limit: number;
            /** Format: uuid */
            meetingId?: string;
            /**
             * @description how many matching items to skip: (page − 1) × limit
             * @default 0
             */
            offset: number;
            /**
             * Format: uuid
             * @description owner organization
             */
            organizationId?: string;
            /**
             * @description true: open and past the due date; false: not overdue
             * @enum {string}
             */
            overdue?: "true" | "false";
            /** Format: uuid */
            ownerPersonId?: string;
            /** @description one status or several, comma-separated */
            status?: ("proposed" | "open" | "in_progress" | "done" | "cancelled")[];
            /** Format: uuid */
            strategyAreaId?: string;
        };
        ListMeetingsQuery: {
            /**
             * Format: date-time
             * @description meetings that end after this instant
             */
            from?: string;
            /**
             * @description page size: how many items at most (1–200, default 50)
             * @default 50
             */
            limit: number;
            /**
             * @description meetings whose minutes have this status: in_review (submitted, awaiting approval: what the overview counts as minutes awaiting approval), draft, returned, locked (approved); none: no minutes yet
             * @enum {string}
             */
            minutes?: "none" | "draft" | "in_review" | "returned" | "locked";
            /**
             * @description how many matching items to skip: (page − 1) × limit
             * @default 0
             */
            offset: number;
            /** Format: uuid */
            organizationId?: string;
            /** @description meetings this person takes part in (not removed): `me`, or a person id (the region’s staff only) */
            participant?: "me" | string;
            /** @enum {string} */
            status?: "planned" | "confirmed" | "held" | "cancelled";
            /**
             * Format: date-time
             * @description meetings that start before this instant
             */
            to?: string;
        };
        ListOrganizationsQuery: {
            /** @enum {string} */
            kind?: "region" | "municipality" | "external";
            /**
             * @description page size: how many items at most (1–200, default 50)
             * @default 50
             */
            limit: number;
            /**
             * @description how many matching items to skip: (page − 1) × limit
             * @default 0
             */
            offset: number;
            /** Format: uuid */
            parentId?: string;
        };
        ListPeopleQuery: {
            /**
             * @description page size: how many items at most (1–200, default 50)
             * @default 50
             */
            limit: number;
            /**
             * @description how many matching items to skip: (page − 1) × limit
             * @default 0
             */
            offset: number;
            /** Format: uuid */
            organizationId?: string;
            /** @description substring of the name or email, any case */
            q?: string;
            /** @enum {string} */
            role?: "admin" | "coordinator" | "secretary" | "participant";
        };
        ListQuestionsQuery: {
            /**
             * @description page size: how many items at most (1–200, default 50)
             * @default 50
             */
            limit: number;
            /** Format: uuid */
            meetingId?: string;
            /**
             * @description how many matching items to skip: (page − 1) × limit
             * @default 0
             */
            offset: number;
            /**
             * Format: uuid
             * @description raised with this organization
             */
            organizationId?: string;
            /** @enum {string} */
            ownerKind?: "organization" | "external";
            /** Format: uuid */
            ownerOrganizationId?: string;
            /**
             * Format: uuid
             * @description the responsible person (e.g. the caller: "mine")
             */
            responsiblePersonId?: string;
            /** @description one status or several, comma-separated */
            status?: ("open" | "in_progress" | "resolved" | "parked")[];
            /** Format: uuid */
            strategyAreaId?: string;
        };
        ListRoundsQuery: {
            /**
             * @description page size: how many items at most (1–200, default 50)
             * @default 50
             */
            limit: number;
            /**
             * @description how many matching items to skip: (page − 1) × limit
             * @default 0
             */
            offset: number;
        };
        ListSecrecyGroundsQuery: {
            /**
             * @default false
             * @enum {string}
             */
            includeInactive: "true" | "false";
            /**
             * Format: uuid
             * @description admins: the region whose list (shipped grounds and the region's own); others get their own
             */
            regionId?: string;
        };
        ListStrategyAreasQuery: {
            /**
             * @default false
             * @enum {string}
             */
            includeInactive: "true" | "false";
            /**
             * Format: uuid
             * @description admins: whose list; others always get their own region
             */
            regionId?: string;
        };
        LivenessResponse: {
            /** @enum {string} */
            status: "ok";
        };
        LoginBody: {
            email: string;
            password: string;
        };
        MeetingInvitationsResponse: {
            items: {
                comment: string | null;
                delegatedFrom: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                delegatedTo: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                delivery: {
                    /** Format: uuid */
                    emailId: string | null;
                    /** Format: date-time */
                    queuedAt: string | null;
                    reason: string | null;
                    /** Format: date-time */
                    sentAt: string | null;
                    /** @enum {string} */
                    state: "pending" | "queued" | "sent" | "failed";
                };
                /** @enum {string|null} */
                methodSent: "REQUEST" | "CANCEL" | null;
                /** @enum {string} */
                partstat: "NEEDS-ACTION" | "ACCEPTED" | "TENTATIVE" | "DECLINED" | "DELEGATED";
                person: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                removed: boolean;
                /** Format: date-time */
                respondedAt: string | null;
                /** @enum {string} */
                role: "chair" | "required" | "optional";
                sequenceSent: number | null;
            }[];
            /** Format: uuid */
            meetingId: string;
            sequence: number;
            status: string;
            uid: string;
        };
        MeetingPageResponse: {
            /** @description this page, in the list’s stable order */
            items: {
                cancelReason: string | null;
                /** @description diarienummer in the region’s registry, printed on the agenda and the minutes */
                caseNumber: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                createdBy: string | null;
                description: string | null;
                /** Format: date-time */
                endAt: string;
                endLocal: string;
                /** Format: uuid */
                id: string;
                locationAddress: string | null;
                /** @enum {string} */
                mode: "onsite" | "digital" | "hybrid";
                organizations: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
                participants: {
                    /** Format: uuid */
                    delegatedFromPersonId: string | null;
                    /** Format: uuid */
                    delegatedToPersonId: string | null;
                    email: string | null;
                    /** @description invited by name and email to this meeting only (no account) */
                    guest: boolean;
                    name: string | null;
                    /** Format: uuid */
                    organizationId: string | null;
                    /** @enum {string} */
                    partstat: "NEEDS-ACTION" | "ACCEPTED" | "TENTATIVE" | "DECLINED" | "DELEGATED";
                    /** Format: uuid */
                    personId: string;
                    /** Format: date-time */
                    respondedAt: string | null;
                    /** @enum {string} */
                    role: "chair" | "required" | "optional";
                }[];
                /** Format: uuid */
                regionId: string;
                /** Format: uuid */
                roundId: string | null;
                sequence: number;
                /** Format: date-time */
                startAt: string;
                startLocal: string;
                /** @enum {string} */
                status: "planned" | "confirmed" | "held" | "cancelled";
                timeZone: string;
                title: string;
                uid: string;
                /** Format: date-time */
                updatedAt: string;
                version: number;
                videoUrl: string | null;
            }[];
            /** @description the page size used */
            limit: number;
            /** @description the offset used; past the end the page is empty, total unchanged */
            offset: number;
            /** @description how many items match the filters, on every page */
            total: number;
        };
        MeetingResponse: {
            cancelReason: string | null;
            /** @description diarienummer in the region’s registry, printed on the agenda and the minutes */
            caseNumber: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            description: string | null;
            /** Format: date-time */
            endAt: string;
            endLocal: string;
            /** Format: uuid */
            id: string;
            locationAddress: string | null;
            /** @enum {string} */
            mode: "onsite" | "digital" | "hybrid";
            organizations: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            participants: {
                /** Format: uuid */
                delegatedFromPersonId: string | null;
                /** Format: uuid */
                delegatedToPersonId: string | null;
                email: string | null;
                /** @description invited by name and email to this meeting only (no account) */
                guest: boolean;
                name: string | null;
                /** Format: uuid */
                organizationId: string | null;
                /** @enum {string} */
                partstat: "NEEDS-ACTION" | "ACCEPTED" | "TENTATIVE" | "DECLINED" | "DELEGATED";
                /** Format: uuid */
                personId: string;
                /** Format: date-time */
                respondedAt: string | null;
                /** @enum {string} */
                role: "chair" | "required" | "optional";
            }[];
            /** Format: uuid */
            regionId: string;
            /** Format: uuid */
            roundId: string | null;
            sequence: number;
            /** Format: date-time */
            startAt: string;
            startLocal: string;
            /** @enum {string} */
            status: "planned" | "confirmed" | "held" | "cancelled";
            timeZone: string;
            title: string;
            uid: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            videoUrl: string | null;
        };
        MeetingRsvpBody: {
            /** @description left out or empty: no comment (as on the RSVP page) */
            comment?: string;
            /** @enum {string} */
            partstat: "ACCEPTED" | "TENTATIVE" | "DECLINED";
        };
        MeetingRsvpResponse: {
            invitation: {
                comment: string | null;
                delegatedFrom: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                delegatedTo: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                delivery: {
                    /** Format: uuid */
                    emailId: string | null;
                    /** Format: date-time */
                    queuedAt: string | null;
                    reason: string | null;
                    /** Format: date-time */
                    sentAt: string | null;
                    /** @enum {string} */
                    state: "pending" | "queued" | "sent" | "failed";
                };
                /** @enum {string|null} */
                methodSent: "REQUEST" | "CANCEL" | null;
                /** @enum {string} */
                partstat: "NEEDS-ACTION" | "ACCEPTED" | "TENTATIVE" | "DECLINED" | "DELEGATED";
                person: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                removed: boolean;
                /** Format: date-time */
                respondedAt: string | null;
                /** @enum {string} */
                role: "chair" | "required" | "optional";
                sequenceSent: number | null;
            };
            /** @enum {string} */
            status: "updated" | "unchanged";
        };
        MeResponse: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "sv" | "en";
            loginEnabled: boolean;
            name: string;
            organization: {
                code: string;
                contactEmail: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "region" | "municipality" | "external";
                name: string;
                /** Format: uuid */
                parentId: string | null;
                seat: {
                    lat: number | null;
                    lon: number | null;
                    town: string | null;
                } | null;
                unit: string | null;
                /** Format: date-time */
                updatedAt: string;
                version: number;
            };
            /** Format: uuid */
            organizationId: string;
            phone: string | null;
            /** Format: uuid */
            regionId: string;
            roles: ("admin" | "coordinator" | "secretary" | "participant")[];
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        MinutesActionParams: {
            /** Format: uuid */
            actionId: string;
            /** Format: uuid */
            id: string;
        };
        MinutesActionPartResponse: {
            /**
             * Format: uuid
             * @description its action in /api/actions: proposed while the minutes are written, open once they lock
             */
            actionId: string | null;
            /**
             * Format: uuid
             * @description who wrote the action into the minutes; the action is created in their name
             */
            addedBy: string | null;
            /** Format: uuid */
            agendaItemId: string | null;
            description: string | null;
            dueDate: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerOrganizationId: string;
            /** Format: uuid */
            ownerPersonId: string;
            /** @description true until the minutes lock (then its action is open) */
            proposed: boolean;
            strategyAreaIds: string[];
            title: string;
            /** Format: date-time */
            updatedAt: string | null;
            /** @description who saved this part last (name null when the person is gone) */
            updatedBy: {
                name: string | null;
                /** Format: uuid */
                personId: string;
            } | null;
            /** @description 0: never written; +1 with every save that changes this part */
            version: number;
        };
        MinutesAttendancePartResponse: {
            attendance: {
                name: string;
                /** Format: uuid */
                organizationId: string | null;
                /** Format: uuid */
                personId: string;
                /** @enum {string|null} */
                status: "present" | "absent" | "excused" | null;
            }[];
            guests: {
                name: string;
                organization: string | null;
            }[];
            /** Format: date-time */
            updatedAt: string | null;
            /** @description who saved this part last (name null when the person is gone) */
            updatedBy: {
                name: string | null;
                /** Format: uuid */
                personId: string;
            } | null;
            /** @description 0: never written; +1 with every save that changes this part */
            version: number;
        };
        MinutesItemParams: {
            /** Format: uuid */
            agendaItemId: string;
            /** Format: uuid */
            id: string;
        };
        MinutesItemPartResponse: {
            /** Format: uuid */
            agendaItemId: string;
            decisions: string[];
            notes: string | null;
            number: number;
            /** @description a restricted item's legal ground, from its agenda item or the entry's own (secrecySource); the public version prints "Sekretess enligt …" */
            secrecyGround: string | null;
            secrecyNote: string | null;
            /**
             * @description where the restriction comes from: the agenda item, or the minutes entry itself (PUT …/minutes/items/:agendaItemId/secrecy); null: public
             * @enum {string|null}
             */
            secrecySource: "agenda" | "minutes" | null;
            title: string;
            /** @enum {string} */
            type: "information" | "discussion" | "decision" | "follow-up";
            /** Format: date-time */
            updatedAt: string | null;
            /** @description who saved this part last (name null when the person is gone) */
            updatedBy: {
                name: string | null;
                /** Format: uuid */
                personId: string;
            } | null;
            /** @description 0: never written; +1 with every save that changes this part */
            version: number;
            /** @enum {string} */
            visibility: "public" | "restricted";
        };
        MinutesResponse: {
            actions: {
                /**
                 * Format: uuid
                 * @description its action in /api/actions: proposed while the minutes are written, open once they lock
                 */
                actionId: string | null;
                /**
                 * Format: uuid
                 * @description who wrote the action into the minutes; the action is created in their name
                 */
                addedBy: string | null;
                /** Format: uuid */
                agendaItemId: string | null;
                description: string | null;
                dueDate: string;
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                ownerOrganizationId: string;
                /** Format: uuid */
                ownerPersonId: string;
                /** @description true until the minutes lock (then its action is open) */
                proposed: boolean;
                strategyAreaIds: string[];
                title: string;
                /** Format: date-time */
                updatedAt: string | null;
                /** @description who saved this part last (name null when the person is gone) */
                updatedBy: {
                    name: string | null;
                    /** Format: uuid */
                    personId: string;
                } | null;
                /** @description 0: never written; +1 with every save that changes this part */
                version: number;
            }[];
            attendance: {
                name: string;
                /** Format: uuid */
                organizationId: string | null;
                /** Format: uuid */
                personId: string;
                /** @enum {string|null} */
                status: "present" | "absent" | "excused" | null;
            }[];
            /** @description the version of attendance and guests together (PUT …/minutes/attendance) */
            attendancePart: {
                /** Format: date-time */
                updatedAt: string | null;
                /** @description who saved this part last (name null when the person is gone) */
                updatedBy: {
                    name: string | null;
                    /** Format: uuid */
                    personId: string;
                } | null;
                /** @description 0: never written; +1 with every save that changes this part */
                version: number;
            };
            /** Format: date-time */
            firstSubmittedAt: string | null;
            guests: {
                name: string;
                organization: string | null;
            }[];
            informed: string[];
            items: {
                /** Format: uuid */
                agendaItemId: string;
                decisions: string[];
                notes: string | null;
                number: number;
                /** @description a restricted item's legal ground, from its agenda item or the entry's own (secrecySource); the public version prints "Sekretess enligt …" */
                secrecyGround: string | null;
                secrecyNote: string | null;
                /**
                 * @description where the restriction comes from: the agenda item, or the minutes entry itself (PUT …/minutes/items/:agendaItemId/secrecy); null: public
                 * @enum {string|null}
                 */
                secrecySource: "agenda" | "minutes" | null;
                title: string;
                /** @enum {string} */
                type: "information" | "discussion" | "decision" | "follow-up";
                /** Format: date-time */
                updatedAt: string | null;
                /** @description who saved this part last (name null when the person is gone) */
                updatedBy: {
                    name: string | null;
                    /** Format: uuid */
                    personId: string;
                } | null;
                /** @description 0: never written; +1 with every save that changes this part */
                version: number;
                /** @enum {string} */
                visibility: "public" | "restricted";
            }[];
            /** Format: date-time */
            lockedAt: string | null;
            /** Format: uuid */
            meetingId: string;
            pdfUrl: string;
            /** @description the latest submission to the adjusters */
            review: {
                adjusters: {
                    comment: string | null;
                    /** Format: date-time */
                    decidedAt: string | null;
                    /** @enum {string|null} */
                    decision: "approved" | "returned" | null;
                    name: string | null;
                    /** @enum {string} */
                    party: "region" | "municipality";
                    /** Format: uuid */
                    personId: string;
                    /**
                     * Format: date-time
                     * @description when the reminder went out; null: not (yet)
                     */
                    remindedAt: string | null;
                    /**
                     * Format: date-time
                     * @description when an adjuster who has not decided by then is reminded with a fresh link (MINUTES_REMINDER_BEFORE_HOURS before the deadline, or half-way)
                     */
                    reminderAt: string;
                }[];
                /** Format: date-time */
                closedAt: string | null;
                /** Format: date-time */
                deadlineAt: string;
                /** Format: uuid */
                id: string;
                number: number;
                /** @enum {string} */
                status: "open" | "approved" | "returned" | "superseded";
                /** Format: date-time */
                submittedAt: string;
                /** Format: uuid */
                submittedBy: string;
            } | null;
            revision: number;
            /** @enum {string} */
            status: "draft" | "in_review" | "returned" | "locked";
            /** Format: date-time */
            updatedAt: string | null;
            version: number;
        };
        MinutesRevisionsResponse: {
            items: {
                /** Format: uuid */
                actorId: string | null;
                /** @description the name of actorId; null when none or deleted */
                authorName: string | null;
                changes: ({
                    itemTitle: string;
                    /** @enum {string} */
                    kind: "notes_added" | "notes_changed" | "notes_removed" | "item_removed";
                } | {
                    added: number;
                    itemTitle: string;
                    /** @enum {string} */
                    kind: "decisions_changed";
                    /** @description both 0: only reordered */
                    removed: number;
                } | {
                    /** @description the ground it is restricted on now; null: public */
                    ground: string | null;
                    itemTitle: string;
                    /** @enum {string} */
                    kind: "secrecy_changed";
                } | {
                    /** @enum {string} */
                    kind: "attendance_recorded";
                    personName: string;
                    /** @enum {string} */
                    status: "present" | "absent" | "excused";
                } | {
                    /** @enum {string} */
                    from: "present" | "absent" | "excused";
                    /** @enum {string} */
                    kind: "attendance_changed";
                    personName: string;
                    /** @enum {string} */
                    to: "present" | "absent" | "excused";
                } | {
                    /** @enum {string} */
                    kind: "attendance_removed";
                    personName: string;
                } | {
                    guestName: string;
                    /** @enum {string} */
                    kind: "guest_added" | "guest_removed";
                } | {
                    actionTitle: string;
                    /** @enum {string} */
                    kind: "action_added" | "action_removed";
                } | {
                    actionTitle: string;
                    fields: ("title" | "description" | "ownerPersonId" | "ownerOrganizationId" | "dueDate" | "agendaItemId" | "strategyAreaIds")[];
                    /** @enum {string} */
                    kind: "action_changed";
                } | {
                    adjusterNames: string[];
                    /** Format: date-time */
                    deadlineAt: string;
                    /** @enum {string} */
                    kind: "submitted";
                } | {
                    actionsCreated: number;
                    /** @enum {string} */
                    kind: "locked";
                    review: number;
                } | {
                    /** @enum {string} */
                    kind: "text";
                    text: string;
                })[];
                comment: string | null;
                /** Format: date-time */
                createdAt: string;
                /** @enum {string} */
                kind: "edit" | "submit" | "approve" | "return" | "lock" | "reopen";
                revision: number;
                /** @description an edit: the items’ notes and decisions it changed, before and after (from the content the revision before it kept); others: empty */
                texts: {
                    after: string | null;
                    before: string | null;
                    /**
                     * @description decisions: one a line
                     * @enum {string}
                     */
                    field: "notes" | "decisions";
                    itemTitle: string;
                }[];
            }[];
        };
        /** @description Moves one item on the agenda to a new place in one request. */
        MoveAgendaItemBody: {
            /** @description the agenda's version the move was made on: 409 AGENDA_VERSION_CONFLICT unless it matches */
            agendaVersion: number;
            /** @description the item's new number among the items on the agenda (1 is first); closing items stay last */
            number: number;
        };
        MoveRoundItemBody: {
            /**
             * Format: date-time
             * @description ISO 8601 with an offset or Z
             */
            start: string;
            version?: number;
        };
        OidcProviderParam: {
            provider: string;
        };
        OrganizationOverviewResponse: {
            actions: {
                doneOnTime: number;
                dueInWindow: number;
                open: number;
                overdue: number;
            };
            cadence: {
                agreementVersion: number | null;
                cadence: string | null;
                daysUntilDue: number | null;
                dueDate: string | null;
                /** @enum {string} */
                status: "ok" | "due" | "overdue" | "no_agreement";
            };
            code: string;
            /**
             * Format: date-time
             * @description when these figures were read; every change committed before the request is in them
             */
            computedAt: string;
            expectations: {
                /** @enum {string} */
                metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                /** Format: uuid */
                organizationId: string;
                /** @enum {string} */
                party: "region" | "municipality";
                signal: {
                    denominator: number | null;
                    /**
                     * @description met, partly, unmet; neutral where the figure alone does not say (README: County overview, Signals)
                     * @enum {string}
                     */
                    level: "met" | "partly" | "unmet" | "neutral";
                    /** @enum {string} */
                    metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                    numerator: number | null;
                    ratio: number | null;
                    /** @description in Swedish, e.g. "Protokoll justerade inom tidsfristen: 5 av 6" */
                    summary: string;
                } | null;
                text: string;
            }[];
            /** @enum {string} */
            kind: "municipality";
            lastMeeting: {
                date: string;
                /** Format: date-time */
                endAt: string;
                /** Format: uuid */
                meetingId: string;
                /** Format: date-time */
                startAt: string;
            } | null;
            minutes: {
                approvedInWindow: number;
                approvedWithinDeadline: number;
                awaitingApproval: number;
                medianApprovalDays: number | null;
            };
            name: string;
            nextMeeting: {
                date: string;
                /** Format: date-time */
                endAt: string;
                /** Format: uuid */
                meetingId: string;
                /** Format: date-time */
                startAt: string;
                status: string;
            } | null;
            /** Format: uuid */
            organizationId: string;
            questions: {
                byOwningParty: {
                    count: number;
                    /** @enum {string} */
                    kind: "organization" | "external";
                    name: string;
                    /** Format: uuid */
                    organizationId: string | null;
                }[];
                open: number;
            };
            /** Format: uuid */
            regionId: string;
            strategyAreas: {
                actions: number;
                active: boolean;
                agendaItems: number;
                /** Format: uuid */
                id: string;
                name: string;
                questions: number;
            }[];
            today: string;
            window: {
                from: string;
                to: string;
            };
        } | {
            actions: {
                doneOnTime: number;
                dueInWindow: number;
                open: number;
                overdue: number;
            };
            code: string;
            /**
             * Format: date-time
             * @description when these figures were read; every change committed before the request is in them
             */
            computedAt: string;
            expectations: {
                /** @enum {string} */
                metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                /** Format: uuid */
                organizationId: string;
                /** @enum {string} */
                party: "region" | "municipality";
                signal: {
                    denominator: number | null;
                    /**
                     * @description met, partly, unmet; neutral where the figure alone does not say (README: County overview, Signals)
                     * @enum {string}
                     */
                    level: "met" | "partly" | "unmet" | "neutral";
                    /** @enum {string} */
                    metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                    numerator: number | null;
                    ratio: number | null;
                    /** @description in Swedish, e.g. "Protokoll justerade inom tidsfristen: 5 av 6" */
                    summary: string;
                } | null;
                text: string;
            }[];
            /** @enum {string} */
            kind: "region";
            lastMeeting: {
                date: string;
                /** Format: date-time */
                endAt: string;
                /** Format: uuid */
                meetingId: string;
                /** Format: date-time */
                startAt: string;
            } | null;
            minutes: {
                approvedInWindow: number;
                approvedWithinDeadline: number;
                awaitingApproval: number;
                medianApprovalDays: number | null;
            };
            name: string;
            nextMeeting: {
                date: string;
                /** Format: date-time */
                endAt: string;
                /** Format: uuid */
                meetingId: string;
                /** Format: date-time */
                startAt: string;
                status: string;
            } | null;
            /** Format: uuid */
            organizationId: string;
            questions: {
                byOwningParty: {
                    count: number;
                    /** @enum {string} */
                    kind: "organization" | "external";
                    name: string;
                    /** Format: uuid */
                    organizationId: string | null;
                }[];
                open: number;
            };
            strategyAreas: {
                actions: number;
                active: boolean;
                agendaItems: number;
                /** Format: uuid */
                id: string;
                name: string;
                questions: number;
            }[];
            today: string;
            window: {
                from: string;
                to: string;
            };
        };
        OrganizationPageResponse: {
            /** @description this page, in the list’s stable order */
            items: {
                code: string;
                contactEmail: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "region" | "municipality" | "external";
                name: string;
                /** Format: uuid */
                parentId: string | null;
                seat: {
                    lat: number | null;
                    lon: number | null;
                    town: string | null;
                } | null;
                unit: string | null;
                /** Format: date-time */
                updatedAt: string;
                version: number;
            }[];
            /** @description the page size used */
            limit: number;
            /** @description the offset used; past the end the page is empty, total unchanged */
            offset: number;
            /** @description how many items match the filters, on every page */
            total: number;
        };
        OrganizationResponse: {
            code: string;
            contactEmail: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "region" | "municipality" | "external";
            name: string;
            /** Format: uuid */
            parentId: string | null;
            seat: {
                lat: number | null;
                lon: number | null;
                town: string | null;
            } | null;
            unit: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PaperResponse: {
            /** Format: uuid */
            agendaItemId: string;
            /** Format: uuid */
            id: string;
            /** @description decided from the content, not from the name */
            mediaType: string;
            name: string;
            /** @description hex SHA-256 of the content, as stored */
            sha256: string;
            sizeBytes: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @description null when the person was deleted since */
            uploadedBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            url: string;
        };
        PasswordLinkResponse: {
            /** @description the address the link was sent to, to show on the page */
            email: string;
            /**
             * @description set: a new person chooses a first password; reset: forgot
             * @enum {string}
             */
            purpose: "set" | "reset";
        };
        PasswordLinkTokenParam: {
            token: string;
        };
        PersonalDataResponse: {
            actionDigests: {
                actionCount: number;
                isoWeek: string;
                kind: string;
                /** Format: date-time */
                sentAt: string | null;
            }[];
            actions: {
                /** Format: uuid */
                actionId: string;
                as: string[];
                dueDate: string;
                status: string;
                title: string;
            }[];
            adjusterDecisions: {
                comment: string | null;
                /** Format: date-time */
                decidedAt: string | null;
                decision: string | null;
                /** Format: uuid */
                meetingId: string;
                party: string;
            }[];
            agendaItems: {
                as: string[];
                /** Format: uuid */
                itemId: string;
                /** Format: uuid */
                meetingId: string;
                status: string;
                title: string;
            }[];
            /** @description agendas they published */
            agendas: {
                /** Format: uuid */
                meetingId: string;
                /** Format: date-time */
                publishedAt: string | null;
            }[];
            /** @description templates they created */
            agendaTemplates: {
                name: string;
                /** Format: uuid */
                templateId: string;
            }[];
            /** @description agreement versions naming them (default participant, adjuster) or created by them */
            agreements: {
                /** Format: uuid */
                agreementId: string;
                as: string[];
                organization: string;
                version: number;
            }[];
            /** @description audit entries of what they did, and of changes to their own record */
            auditEntries: {
                action: string;
                /** @description for entries about their own record */
                after: {
                    [key: string]: unknown;
                } | null;
                /** @enum {string} */
                as: "actor" | "subject";
                /** @description for entries about their own record */
                before: {
                    [key: string]: unknown;
                } | null;
                entityId: string;
                entityType: string;
                /** Format: date-time */
                occurredAt: string;
            }[];
            calendarFeeds: {
                as: string[];
                /** Format: date-time */
                createdAt: string;
                kind: string;
                /** Format: date-time */
                lastUsedAt: string | null;
                /** Format: date-time */
                revokedAt: string | null;
            }[];
            /** @description emails sent to them: metadata only, not the text */
            emails: {
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                sentAt: string | null;
                status: string;
                subject: string;
                template: string;
                toAddress: string;
            }[];
            /** @description status changes and comments they wrote on actions and questions */
            events: {
                comment: string | null;
                event: string;
                /** @enum {string} */
                kind: "action" | "question";
                /** Format: date-time */
                occurredAt: string;
                /** Format: uuid */
                subjectId: string;
            }[];
            /** Format: date-time */
            generatedAt: string;
            /** @description accounts at identity providers (single sign-on) linked to the person */
            identities: {
                /** Format: date-time */
                lastSignInAt: string;
                /** Format: date-time */
                linkedAt: string;
                provider: string;
                /** Format: date-time */
                revokedAt: string | null;
                /** @description the person's id at the identity provider */
                subject: string;
            }[];
            /** @description meetings they take or took part in, with their answer; and those they created */
            meetings: {
                /** Format: date-time */
                addedAt: string | null;
                answer: string | null;
                answerComment: string | null;
                /** Format: date-time */
                answeredAt: string | null;
                createdByThem: boolean;
                /** Format: date-time */
                endAt: string;
                /** Format: date-time */
                invitationSentAt: string | null;
                /** Format: uuid */
                meetingId: string;
                /** Format: date-time */
                removedAt: string | null;
                /** @description null when they only created the meeting */
                role: string | null;
                /** Format: date-time */
                startAt: string;
                status: string;
                title: string;
            }[];
            /** @description minutes where they are recorded (attendance, action owner), submitted them or wrote a revision */
            minutes: {
                as: string[];
                /** Format: uuid */
                meetingId: string;
                status: string;
                title: string;
            }[];
            /** @description meeting papers (files) they uploaded: name and time, not the content */
            papers: {
                /** Format: uuid */
                meetingId: string;
                name: string;
                /** Format: uuid */
                paperId: string;
                /** Format: date-time */
                uploadedAt: string;
            }[];
            passwordLinks: {
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                expiresAt: string;
                purpose: string;
                /** Format: date-time */
                usedAt: string | null;
            }[];
            person: {
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                deletedAt: string | null;
                email: string;
                hasPassword: boolean;
                /** Format: uuid */
                id: string;
                locale: string;
                loginEnabled: boolean;
                name: string;
                organization: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                phone: string | null;
                roles: string[];
                title: string | null;
                /** Format: date-time */
                updatedAt: string;
            };
            questions: {
                as: string[];
                /** Format: uuid */
                questionId: string;
                status: string;
                title: string;
            }[];
            /** @description rounds with them in the regional team or a municipality’s participants, created or confirmed by them */
            rounds: {
                as: string[];
                name: string;
                /** Format: uuid */
                roundId: string;
            }[];
            /** @description browser sessions (signed-in periods), without their tokens */
            sessions: {
                /** Format: date-time */
                createdAt: string;
                /** Format: date-time */
                expiresAt: string;
                /** Format: date-time */
                lastSeenAt: string | null;
            }[];
        };
        PersonPageResponse: {
            /** @description this page, in the list’s stable order */
            items: {
                /** Format: date-time */
                createdAt: string;
                email: string;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                locale: "sv" | "en";
                loginEnabled: boolean;
                name: string;
                /** Format: uuid */
                organizationId: string;
                phone: string | null;
                roles: ("admin" | "coordinator" | "secretary" | "participant")[];
                title: string | null;
                /** Format: date-time */
                updatedAt: string;
                version: number;
            }[];
            /** @description the page size used */
            limit: number;
            /** @description the offset used; past the end the page is empty, total unchanged */
            offset: number;
            /** @description how many items match the filters, on every page */
            total: number;
        };
        PersonResponse: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            locale: "sv" | "en";
            loginEnabled: boolean;
            name: string;
            /** Format: uuid */
            organizationId: string;
            phone: string | null;
            roles: ("admin" | "coordinator" | "secretary" | "participant")[];
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PostMinutesActionBody: {
            /** Format: uuid */
            agendaItemId?: string | null;
            description?: string;
            /**
             * Format: date
             * @description local date YYYY-MM-DD
             */
            dueDate: string;
            /**
             * Format: uuid
             * @description chosen by the client: a retry with the same id and content creates nothing new
             */
            id: string;
            /** Format: uuid */
            ownerOrganizationId: string;
            /** Format: uuid */
            ownerPersonId: string;
            /** @default [] */
            strategyAreaIds: string[];
            title: string;
        };
        /** @default {} */
        ProposeRoundBody: {
            version?: number;
        };
        PublicRecordsManifestResponse: {
            /** Format: date-time */
            generatedAt: string;
            /** @description by start */
            meetings: {
                agendaPublished: boolean;
                /** @description diarienummer */
                caseNumber: string | null;
                /**
                 * Format: date
                 * @description local date YYYY-MM-DD (Europe/Stockholm)
                 */
                date: string;
                documents: {
                    /**
                     * Format: date
                     * @description the meeting’s date; for a proposal, the day it was received
                     */
                    date: string;
                    file: string;
                    /** @enum {string} */
                    kind: "agenda" | "minutes" | "proposal";
                    /** @description for a proposal, the municipality that sent it; otherwise null (the meeting’s parties) */
                    municipality: {
                        /** Format: uuid */
                        id: string;
                        name: string;
                    } | null;
                    /** @description what the document is, in Swedish: "Dagordning", "Protokoll, offentlig version" */
                    title: string;
                    /** @description restricted parts replaced by their marking */
                    withheld: {
                        /** @description the legal ground, e.g. "31 kap. 16 § OSL"; null if none was kept */
                        ground: string | null;
                        /** @description the item’s number in the document; null for a proposal */
                        item: number | null;
                        /** @description what the document shows instead: "Sekretess enligt 31 kap. 16 § OSL" */
                        marking: string;
                    }[];
                }[];
                /** Format: uuid */
                meetingId: string;
                /** @description only locked (justerat) minutes are handed out */
                minutesStatus: ("draft" | "in_review" | "returned" | "locked") | "none";
                municipalities: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
                /** @description in Swedish: why a document is not included */
                notes: string[];
                /** @description local start with offset */
                start: string;
                /** @enum {string} */
                status: "planned" | "confirmed" | "held" | "cancelled";
                title: string;
            }[];
            /** @description the municipalities asked for */
            municipalities: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            period: {
                /**
                 * Format: date
                 * @description local date YYYY-MM-DD (Europe/Stockholm)
                 */
                from: string;
                /**
                 * Format: date
                 * @description local date YYYY-MM-DD (Europe/Stockholm)
                 */
                to: string;
            };
            region: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            totals: {
                documents: number;
                meetings: number;
                /** @description restricted parts replaced by their marking, in all documents */
                withheld: number;
            };
        };
        PublicRecordsQuery: {
            /**
             * Format: date
             * @description the first day of the period: meetings that start on or after it
             */
            from: string;
            /** @description municipalities of the caller’s region, comma-separated; absent: every one of them */
            organizationIds?: string[];
            /**
             * Format: date
             * @description the last day of the period: meetings that start on or before it
             */
            to: string;
        };
        PutAgreementBody: {
            /**
             * @default {
             *       "region": null,
             *       "municipality": null
             *     }
             */
            adjusters: {
                /**
                 * Format: uuid
                 * @description a person of this municipality
                 * @default null
                 */
                municipality: string | null;
                /**
                 * Format: uuid
                 * @description a person of the region
                 * @default null
                 */
                region: string | null;
            };
            /** @default [] */
            blockedDates: {
                /**
                 * Format: date
                 * @description local date YYYY-MM-DD
                 */
                from: string;
                note?: string;
                /**
                 * Format: date
                 * @description default: the same day
                 */
                to?: string;
            }[];
            /** @description ISO 8601 duration (P3M, P6W) or RRULE without DTSTART (FREQ=MONTHLY;INTERVAL=3) */
            cadence: string;
            /**
             * @description people of the region or of this municipality who attend by default
             * @default []
             */
            defaultParticipantIds: string[];
            /** @default [] */
            expectations: {
                /**
                 * @description what measures it (README, County overview): meeting_cadence, minutes_on_time (joint); actions_on_time, actions_overdue, questions_open (the party's own); not_measured
                 * @default not_measured
                 * @enum {string}
                 */
                metric: "meeting_cadence" | "minutes_on_time" | "actions_on_time" | "actions_overdue" | "questions_open" | "not_measured";
                /** @enum {string} */
                party: "region" | "municipality";
                text: string;
            }[];
            /**
             * @default {
             *       "address": null,
             *       "videoUrl": null
             *     }
             */
            location: {
                /** @default null */
                address: string | null;
                /**
                 * Format: uri
                 * @default null
                 */
                videoUrl: string | null;
            };
            /** @enum {string} */
            preferredMode: "onsite" | "digital" | "hybrid";
            /**
             * @description ISO weekdays, 1 = Monday … 5 = Friday
             * @default []
             */
            preferredWeekdays: number[];
            /**
             * @description standing substitutes (ersättare), offered first when a participant sends someone in their place
             * @default []
             */
            substitutes: {
                /**
                 * Format: uuid
                 * @description a default participant of the same organization; null: for anyone of that organization
                 * @default null
                 */
                forPersonId: string | null;
                /**
                 * Format: uuid
                 * @description a person of the region or of this municipality
                 */
                personId: string;
            }[];
            /**
             * Format: date
             * @description local date YYYY-MM-DD
             */
            validFrom: string;
            /** @description the version this edit is based on (0: none yet); 409 AGREEMENT_VERSION_CONFLICT otherwise */
            version?: number;
        };
        PutMinutesActionBody: {
            /** Format: uuid */
            agendaItemId?: string | null;
            /** @description the version of this part the edit started from; another answers 409 MINUTES_PART_CONFLICT with the current part, unless the body equals it */
            baseVersion: number;
            description?: string;
            /**
             * Format: date
             * @description local date YYYY-MM-DD
             */
            dueDate: string;
            /** Format: uuid */
            ownerOrganizationId: string;
            /** Format: uuid */
            ownerPersonId: string;
            /** @default [] */
            strategyAreaIds: string[];
            title: string;
        };
        PutMinutesAttendanceBody: {
            /** @description participants left out are not recorded */
            attendance: {
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                status: "present" | "absent" | "excused";
            }[];
            /** @description the version of this part the edit started from; another answers 409 MINUTES_PART_CONFLICT with the current part, unless the body equals it */
            baseVersion: number;
            /** @default [] */
            guests: {
                name: string;
                organization?: string;
            }[];
        };
        PutMinutesBody: {
            /** @default [] */
            actions: {
                /** Format: uuid */
                agendaItemId?: string | null;
                description?: string;
                /**
                 * Format: date
                 * @description local date YYYY-MM-DD
                 */
                dueDate: string;
                /**
                 * Format: uuid
                 * @description keeps an action of an earlier revision; new ones get an id
                 */
                id?: string;
                /** Format: uuid */
                ownerOrganizationId: string;
                /** Format: uuid */
                ownerPersonId: string;
                /** @default [] */
                strategyAreaIds: string[];
                title: string;
            }[];
            /** @default [] */
            attendance: {
                /** Format: uuid */
                personId: string;
                /** @enum {string} */
                status: "present" | "absent" | "excused";
            }[];
            /** @default [] */
            guests: {
                name: string;
                organization?: string;
            }[];
            /** @default [] */
            items: {
                /** Format: uuid */
                agendaItemId: string;
                /** @default [] */
                decisions: string[];
                notes?: string | null;
            }[];
            /** @description when given, the change fails with 409 MINUTES_VERSION_CONFLICT unless it matches */
            version?: number;
        };
        PutMinutesItemBody: {
            /** @description the version of this part the edit started from; another answers 409 MINUTES_PART_CONFLICT with the current part, unless the body equals it */
            baseVersion: number;
            /** @description blank entries are dropped */
            decisions?: string[];
            /** @description null, "" or blank: none */
            notes: string | null;
        };
        PutMinutesItemSecrecyBody: {
            /** @description a reference on the region’s active list, e.g. "31 kap. 16 § OSL"; required when restricted */
            secrecyGround?: string | null;
            /** @description free text with the ground, for the parties only */
            secrecyNote?: string | null;
            /**
             * @description restricted: the entry is restricted on secrecyGround whatever its agenda item says; public: it follows its agenda item again (a restricted agenda item is changed on the agenda)
             * @enum {string}
             */
            visibility: "public" | "restricted";
        };
        QuestionPageResponse: {
            /** @description this page, in the list’s stable order */
            items: {
                actionIds: string[];
                agendaItemIds: string[];
                agendaItems: {
                    /** Format: uuid */
                    id: string;
                    /** Format: uuid */
                    meetingId: string;
                    title: string;
                }[];
                /** Format: date-time */
                closedAt: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                createdBy: string | null;
                description: string | null;
                /** Format: uuid */
                id: string;
                meetingIds: string[];
                meetings: {
                    /** Format: uuid */
                    id: string;
                    /** Format: date-time */
                    startAt: string;
                }[];
                organizations: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
                owner: {
                    /** @enum {string} */
                    kind: "organization" | "external";
                    name: string;
                    /** Format: uuid */
                    organizationId: string | null;
                };
                /** Format: uuid */
                regionId: string;
                responsiblePerson: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                } | null;
                /** @enum {string} */
                status: "open" | "in_progress" | "resolved" | "parked";
                strategyAreas: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                }[];
                title: string;
                /** Format: date-time */
                updatedAt: string;
                version: number;
            }[];
            /** @description the page size used */
            limit: number;
            /** @description the offset used; past the end the page is empty, total unchanged */
            offset: number;
            /** @description how many items match the filters, on every page */
            total: number;
        };
        QuestionResponse: {
            actionIds: string[];
            agendaItemIds: string[];
            agendaItems: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                meetingId: string;
                title: string;
            }[];
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            description: string | null;
            history: {
                /** Format: uuid */
                actorId: string | null;
                actorName: string | null;
                changes: {
                    [key: string]: {
                        from: unknown;
                        to: unknown;
                    };
                };
                comment: string | null;
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                kind: "created" | "updated" | "commented";
                /** Format: date-time */
                occurredAt: string;
            }[];
            /** Format: uuid */
            id: string;
            meetingIds: string[];
            meetings: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                startAt: string;
            }[];
            organizations: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            owner: {
                /** @enum {string} */
                kind: "organization" | "external";
                name: string;
                /** Format: uuid */
                organizationId: string | null;
            };
            /** Format: uuid */
            regionId: string;
            responsiblePerson: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "resolved" | "parked";
            strategyAreas: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
            title: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ReadinessResponse: {
            checks: {
                /** @enum {string} */
                database: "up" | "down";
                /** @enum {string} */
                redis: "up" | "down";
            };
            /** @enum {string} */
            status: "ok" | "error";
        };
        ReopenMinutesBody: {
            reason: string;
        };
        ReturnMinutesBody: {
            /** @description what needs to change */
            comment: string;
        };
        RoundAgendaTemplateBody: {
            /** Format: uuid */
            templateId: string;
        };
        RoundAgendaTemplateResponse: {
            /** Format: uuid */
            roundId: string;
            /** Format: uuid */
            templateId: string;
        };
        RoundItemParams: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
        };
        RoundPageResponse: {
            /** @description this page, in the list’s stable order */
            items: {
                /** @description diarienummer in the region’s registry */
                caseNumber: string | null;
                /** Format: date-time */
                confirmedAt: string | null;
                /** Format: uuid */
                confirmedBy: string | null;
                /** Format: date-time */
                createdAt: string;
                /** Format: uuid */
                createdBy: string | null;
                durationMinutes: number;
                /** Format: uuid */
                id: string;
                /** @enum {string|null} */
                mode: "onsite" | "digital" | "hybrid" | null;
                name: string;
                progress: {
                    done: number;
                    /** @enum {string} */
                    phase: "queued" | "planning" | "storing" | "done" | "failed";
                    total: number;
                };
                regionalTeam: string[];
                /** Format: uuid */
                regionId: string;
                /** @enum {string} */
                status: "planning" | "draft" | "confirmed" | "failed";
                totals: {
                    [key: string]: number;
                } | null;
                version: number;
                window: {
                    from: string;
                    to: string;
                };
            }[];
            /** @description the page size used */
            limit: number;
            /** @description the offset used; past the end the page is empty, total unchanged */
            offset: number;
            /** @description how many items match the filters, on every page */
            total: number;
        };
        RoundProposalAnswerBody: {
            /** @description local date and time YYYY-MM-DDTHH:mm (Europe/Stockholm) */
            alternative1?: string;
            alternative2?: string;
            alternative3?: string;
            /** @enum {string} */
            answer: "accept" | "other";
            reason?: string;
        };
        RoundProposalPageResponse: {
            answer: {
                alternatives: string[];
                byDefault: boolean;
                reason: string | null;
                /** @enum {string} */
                state: "accepted" | "other";
            } | null;
            answerBy: string;
            /** Format: date-time */
            endAt: string;
            /** @enum {string} */
            locale: "sv" | "en";
            /** @enum {string} */
            mode: "onsite" | "digital" | "hybrid";
            organizationName: string;
            personName: string;
            roundName: string;
            /** Format: date-time */
            startAt: string;
            /** @enum {string} */
            state: "open" | "closed";
            when: string;
        };
        RoundProposalTokenParam: {
            token: string;
        };
        RoundResponse: {
            /** @description diarienummer in the region’s registry */
            caseNumber: string | null;
            /** Format: date-time */
            confirmedAt: string | null;
            /** Format: uuid */
            confirmedBy: string | null;
            constraints: {
                [key: string]: unknown;
            };
            consultation: {
                /** Format: date-time */
                answerDueAt: string;
                /** Format: date-time */
                expiredAt: string | null;
                /** Format: date-time */
                sentAt: string;
                /** Format: uuid */
                sentBy: string | null;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdBy: string | null;
            durationMinutes: number;
            failure: unknown;
            /** Format: uuid */
            id: string;
            items: {
                afterDueDate: boolean;
                answer: {
                    alternatives: {
                        /** Format: date-time */
                        startAt: string;
                        startLocal: string;
                    }[];
                    /** Format: date-time */
                    answeredAt: string | null;
                    /** Format: uuid */
                    answeredBy: string | null;
                    answeredByName: string | null;
                    byDefault: boolean;
                    /** Format: date-time */
                    proposedStartAt: string;
                    proposedStartLocal: string;
                    reason: string | null;
                    /** @enum {string} */
                    state: "pending" | "accepted" | "other";
                } | null;
                /** @enum {string|null} */
                attendance: "onsite" | "remote" | null;
                dueDate: string | null;
                /** Format: date-time */
                endAt: string | null;
                endLocal: string | null;
                /** Format: uuid */
                meetingId: string | null;
                /** @enum {string} */
                mode: "onsite" | "digital" | "hybrid";
                moved: boolean;
                /** Format: uuid */
                organizationId: string;
                organizationName: string;
                participantIds: string[];
                reasons: {
                    code: string;
                    message: string;
                    params: {
                        [key: string]: unknown;
                    };
                }[];
                /** Format: date-time */
                startAt: string | null;
                startLocal: string | null;
                /** @enum {string} */
                state: "proposed" | "unplaced" | "confirmed";
                travelMinutesAfter: number;
                travelMinutesBefore: number;
                tripId: string | null;
                unplaced: {
                    code: string;
                    details: {
                        [key: string]: unknown;
                    };
                    message: string;
                } | null;
            }[];
            /** @enum {string|null} */
            mode: "onsite" | "digital" | "hybrid" | null;
            name: string;
            progress: {
                done: number;
                /** @enum {string} */
                phase: "queued" | "planning" | "storing" | "done" | "failed";
                total: number;
            };
            regionalTeam: string[];
            /** Format: uuid */
            regionId: string;
            /** @enum {string} */
            status: "planning" | "draft" | "confirmed" | "failed";
            timeZone: string;
            totals: {
                [key: string]: number;
            } | null;
            trips: {
                [key: string]: unknown;
            }[];
            version: number;
            window: {
                from: string;
                to: string;
            };
        };
        RsvpAnswerBody: {
            comment?: string;
            /** @enum {string} */
            partstat: "ACCEPTED" | "TENTATIVE" | "DECLINED";
        };
        RsvpResponse: {
            comment: string | null;
            delegatedFrom: {
                name: string;
            } | null;
            delegatedTo: {
                name: string;
            } | null;
            /** @enum {string} */
            locale: "sv" | "en";
            meeting: {
                agendaUrl: string;
                /** Format: date-time */
                endAt: string;
                location: string | null;
                organizations: string[];
                /** Format: date-time */
                startAt: string;
                status: string;
                timeZone: string;
                title: string;
                url: string;
                videoUrl: string | null;
                when: string;
            };
            /** @enum {string} */
            partstat: "NEEDS-ACTION" | "ACCEPTED" | "TENTATIVE" | "DECLINED" | "DELEGATED";
            person: {
                name: string;
            };
            /** Format: date-time */
            respondedAt: string | null;
            substitutes: {
                /** Format: uuid */
                id: string;
                name: string;
                standing: boolean;
            }[];
        };
        RsvpResultResponse: {
            rsvp: {
                comment: string | null;
                delegatedFrom: {
                    name: string;
                } | null;
                delegatedTo: {
                    name: string;
                } | null;
                /** @enum {string} */
                locale: "sv" | "en";
                meeting: {
                    agendaUrl: string;
                    /** Format: date-time */
                    endAt: string;
                    location: string | null;
                    organizations: string[];
                    /** Format: date-time */
                    startAt: string;
                    status: string;
                    timeZone: string;
                    title: string;
                    url: string;
                    videoUrl: string | null;
                    when: string;
                };
                /** @enum {string} */
                partstat: "NEEDS-ACTION" | "ACCEPTED" | "TENTATIVE" | "DECLINED" | "DELEGATED";
                person: {
                    name: string;
                };
                /** Format: date-time */
                respondedAt: string | null;
                substitutes: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    standing: boolean;
                }[];
            };
            /** @enum {string} */
            status: "updated" | "unchanged";
        };
        RsvpSubstituteBody: {
            comment?: string;
            /**
             * Format: uuid
             * @description an active colleague of the same organization, not already taking part
             */
            personId: string;
        };
        RsvpTokenParam: {
            token: string;
        };
        SecrecyGroundListResponse: {
            items: {
                active: boolean;
                /** Format: date-time */
                createdAt: string;
                description: string;
                /** Format: uuid */
                id: string;
                position: number;
                reference: string;
                /** Format: uuid */
                regionId: string | null;
                /** Format: date-time */
                updatedAt: string;
                version: number;
            }[];
        };
        SecrecyGroundResponse: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            position: number;
            reference: string;
            /** Format: uuid */
            regionId: string | null;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        SendSubstituteBody: {
            /** @description a note to the organizer; left out or empty: none */
            comment?: string;
            /**
             * Format: uuid
             * @description an active colleague of the same organization, not already taking part
             */
            personId: string;
        };
        SetPasswordBody: {
            /** @description at least 12 characters */
            password: string;
        };
        SignInOptionsResponse: {
            /** @description whether email and password sign-in is offered (PASSWORD_LOGIN) */
            passwordLogin: boolean;
            providers: {
                id: string;
                /** @description shown on the button: "Logga in med <name>" */
                name: string;
                /** @description navigate the browser here (with ?next=/path) to sign in */
                signInUrl: string;
            }[];
        };
        SignOutResponse: {
            /** @description the provider's end-session address (RP-initiated logout) for a single sign-on; null otherwise */
            providerLogoutUrl: string | null;
        };
        StrategyAreaListResponse: {
            items: {
                active: boolean;
                /** Format: date-time */
                createdAt: string;
                description: string | null;
                /** Format: uuid */
                id: string;
                name: string;
                position: number;
                /** Format: uuid */
                regionId: string;
                seeded: boolean;
                /** Format: date-time */
                updatedAt: string;
                version: number;
            }[];
        };
        StrategyAreaResponse: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            position: number;
            /** Format: uuid */
            regionId: string;
            seeded: boolean;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @default {} */
        SubmitMinutesBody: {
            /** @description default: the agreement's adjusters, one per party */
            adjusters?: {
                /** Format: uuid */
                personId: string;
            }[];
            /**
             * Format: date
             * @description the last day to approve, ending at local midnight; a day off moves to the next working day; default MINUTES_APPROVAL_DAYS days on
             */
            deadline?: string;
            /** @description addresses told when the minutes are final, besides the participants */
            informed?: string[];
        };
        SubstituteCandidatesResponse: {
            items: {
                /** Format: uuid */
                id: string;
                name: string;
                standing: boolean;
            }[];
        };
        UpdateActionBody: {
            /** Format: uuid */
            agendaItemId?: string | null;
            /** @description kept in the history with the change, or alone */
            comment?: string;
            description?: string | null;
            /** Format: date */
            dueDate?: string;
            /** Format: uuid */
            meetingId?: string | null;
            /** Format: uuid */
            ownerOrganizationId?: string;
            /** Format: uuid */
            ownerPersonId?: string;
            /**
             * @description a proposed action becomes open only when its minutes lock
             * @enum {string}
             */
            status?: "open" | "in_progress" | "done" | "cancelled";
            strategyAreaIds?: string[];
            title?: string;
            /** @description when given, the update fails with 409 unless it matches */
            version?: number;
        };
        UpdateAgendaItemBody: {
            description?: string | null;
            /** @description minutes */
            durationMinutes?: number;
            links?: {
                label?: string;
                /**
                 * Format: uri
                 * @description http(s)
                 */
                url: string;
            }[];
            /**
             * @description carry the (unfinished) item over to the next meeting with the municipality
             * @enum {boolean}
             */
            moveToNextMeeting?: true;
            /** @description move the item to this place */
            position?: number;
            /** @enum {string|null} */
            presenterParty?: "region" | "municipality" | null;
            /** Format: uuid */
            presenterPersonId?: string | null;
            /** @description why; required when declining; with moveToNextMeeting, the message to the proposer */
            reason?: string;
            /** @description restricted items: the legal ground, a reference from GET /api/secrecy-grounds (e.g. "31 kap. 16 § OSL"); required with visibility restricted (400 SECRECY_GROUND_REQUIRED), refused on a public item */
            secrecyGround?: string | null;
            /** @description restricted items: optional free text with the ground, shown to the parties only */
            secrecyNote?: string | null;
            /**
             * @description decide a proposal; the proposer is told by email
             * @enum {string}
             */
            status?: "accepted" | "declined";
            strategyAreaIds?: string[];
            title?: string;
            /** @enum {string} */
            type?: "information" | "discussion" | "decision" | "follow-up";
            /** @description when given, the change fails with 409 AGENDA_ITEM_VERSION_CONFLICT unless it matches */
            version?: number;
            /** @enum {string} */
            visibility?: "public" | "restricted";
        };
        UpdateMeBody: {
            /**
             * @description the language of the app and of emails to this person
             * @enum {string}
             */
            locale: "sv" | "en";
        };
        UpdateMeetingBody: {
            /** @description diarienummer; may be set on a held meeting too (alone in the body); null removes it */
            caseNumber?: string | null;
            description?: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 date-time with an offset or Z, e.g. 2026-03-30T10:00:00+02:00
             */
            end?: string;
            locationAddress?: string | null;
            /** @enum {string} */
            mode?: "onsite" | "digital" | "hybrid";
            organizationIds?: string[];
            /** @description the full list; people left out are removed */
            participants?: {
                /** Format: uuid */
                personId: string;
                /**
                 * @default required
                 * @enum {string}
                 */
                role: "chair" | "required" | "optional";
            }[];
            /**
             * Format: date-time
             * @description ISO 8601 date-time with an offset or Z, e.g. 2026-03-30T10:00:00+02:00
             */
            start?: string;
            /**
             * @description planned → confirmed → held (held only after the end); cancel with POST …/cancel
             * @enum {string}
             */
            status?: "planned" | "confirmed" | "held";
            title?: string;
            /** @description when given, the change fails with 409 MEETING_VERSION_CONFLICT unless it matches */
            version?: number;
            /**
             * Format: uri
             * @description http(s) link to the video meeting
             */
            videoUrl?: string | null;
        };
        UpdateOrganizationBody: {
            /** Format: email */
            contactEmail?: string | null;
            name?: string;
            seat?: {
                lat: number;
                lon: number;
                town: string;
            } | null;
            unit?: string | null;
            /** @description when given, the update fails with 409 unless it matches */
            version?: number;
        };
        UpdatePersonBody: {
            email?: string;
            /** @enum {string} */
            locale?: "sv" | "en";
            loginEnabled?: boolean;
            name?: string;
            /** Format: uuid */
            organizationId?: string;
            password?: string;
            phone?: string | null;
            roles?: ("admin" | "coordinator" | "secretary" | "participant")[];
            title?: string | null;
            /** @description when given, the update fails with 409 unless it matches */
            version?: number;
        };
        UpdateQuestionBody: {
            actionIds?: string[];
            agendaItemIds?: string[];
            /** @description kept in the history with the change, or alone */
            comment?: string;
            description?: string | null;
            meetingIds?: string[];
            /** @description replaces the set (region staff and admins only) */
            organizationIds?: string[];
            owner?: {
                /** @enum {string} */
                kind: "organization";
                /** Format: uuid */
                organizationId: string;
            } | {
                /** @enum {string} */
                kind: "external";
                name: string;
            };
            /** Format: uuid */
            responsiblePersonId?: string | null;
            /** @enum {string} */
            status?: "open" | "in_progress" | "resolved" | "parked";
            strategyAreaIds?: string[];
            title?: string;
            /** @description when given, the update fails with 409 unless it matches */
            version?: number;
        };
        UpdateRoundBody: {
            /** @description diarienummer (null removes it); meetings created from now on start with it, meetings already created keep their own (PATCH /api/meetings/:id) */
            caseNumber: string | null;
            version?: number;
        };
        UpdateSecrecyGroundBody: {
            /** @description false: no longer offered; items marked with it keep it */
            active?: boolean;
            /** @description a short summary of what it protects */
            description?: string;
            position?: number;
            /** @description when given, the update fails with 409 unless it matches */
            version?: number;
        };
        UpdateStrategyAreaBody: {
            active?: boolean;
            description?: string | null;
            name?: string;
            position?: number;
            /** @description when given, the update fails with 409 unless it matches */
            version?: number;
        };
        UploadPaperBody: {
            /**
             * Format: binary
             * @description the file: PDF, Word, Excel, PowerPoint (also .doc/.xls/.ppt), OpenDocument, PNG, JPEG, GIF or WebP; at most PAPER_MAX_MB
             */
            file: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    ActionController_list: {
        parameters: {
            query?: {
                /** @description due strictly before this local date */
                dueBefore?: string;
                /** @description due on or after this local date */
                dueFrom?: string;
                /** @description page size: how many items at most (1–200, default 50) */
                limit?: number;
                meetingId?: string;
                /** @description how many matching items to skip: (page − 1) × limit */
                offset?: number;
                /** @description owner organization */
                organizationId?: string;
                /** @description true: open and past the due date; false: not overdue */
                overdue?: "true" | "false";
                ownerPersonId?: string;
                /** @description one status or several, comma-separated */
                status?: ("proposed" | "open" | "in_progress" | "done" | "cancelled")[];
                strategyAreaId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ActionController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateActionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ActionController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ActionController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateActionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgendaController_deleteItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgendaController_updateItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAgendaItemBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgendaController_moveItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveAgendaItemBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PaperController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadPaperBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaperResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE or a code of the feature (e.g. PAPER_TOO_LARGE): the body or file is over the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNSUPPORTED_MEDIA_TYPE or a code of the feature (e.g. PAPER_TYPE_NOT_ALLOWED): the content is of a type not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A code of the feature (e.g. PAPER_TYPE_MISMATCH): the content does not match what the request says it is */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgendaController_listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaTemplateListResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgendaController_createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgendaTemplateBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaTemplateResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                actorId?: string;
                entityId?: string;
                entityType?: string;
                /** @description inclusive, ISO 8601 */
                from?: string;
                /** @description page size: how many items at most (1–200, default 50) */
                limit?: number;
                /** @description how many matching items to skip: (page − 1) × limit */
                offset?: number;
                /** @description exclusive, ISO 8601 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMITED: too many attempts for this email from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OidcController_backchannelLogout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["BackchannelLogoutBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BackchannelLogoutResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordBody"];
            };
        };
        responses: {
            /** @description Accepted; a reset link is emailed if the address may sign in */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForgotPasswordResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMITED: too many requests for this email from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_describePasswordLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordLinkResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The link has expired, was withdrawn or is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_setPasswordByLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPasswordBody"];
            };
        };
        responses: {
            /** @description The password is set; every session and token of the person ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The link has expired, was withdrawn or is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_openSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginBody"];
            };
        };
        responses: {
            /** @description Signed in; Set-Cookie: samverkan_session=… */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CSRF_REJECTED: the X-Samverkan-Csrf header is missing or the Origin is not ours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMITED: too many attempts for this email from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_endSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared. providerLogoutUrl: go there to end the provider's session too */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignOutResponse"];
                };
            };
            /** @description CSRF_REJECTED: the X-Samverkan-Csrf header is missing or the Origin is not ours */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OidcController_options: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInOptionsResponse"];
                };
            };
        };
    };
    CadenceController_list: {
        parameters: {
            query?: {
                status?: "ok" | "due" | "overdue" | "no_agreement";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadenceListResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarFeedController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedListResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarFeedController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCalendarFeedBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCalendarFeedResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarFeedController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked: the feed URL answers 410 from now on */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrivacyController_eraseGuest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EraseGuestBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestErasureResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrivacyController_guest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuestEmailBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GuestPersonalDataResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrivacyController_guestPdf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GuestEmailBody"];
            };
        };
        responses: {
            /** @description The guest’s data as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrivacyController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrivacyController_minePdf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s personal data as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingController_list: {
        parameters: {
            query?: {
                /** @description meetings that end after this instant */
                from?: string;
                /** @description page size: how many items at most (1–200, default 50) */
                limit?: number;
                /** @description meetings whose minutes have this status: in_review (submitted, awaiting approval: what the overview counts as minutes awaiting approval), draft, returned, locked (approved); none: no minutes yet */
                minutes?: "none" | "draft" | "in_review" | "returned" | "locked";
                /** @description how many matching items to skip: (page − 1) × limit */
                offset?: number;
                organizationId?: string;
                /** @description meetings this person takes part in (not removed): `me`, or a person id (the region’s staff only) */
                participant?: "me" | string;
                status?: "planned" | "confirmed" | "held" | "cancelled";
                /** @description meetings that start before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeetingBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgendaController_getAgenda: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgendaController_applyTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplyAgendaTemplateBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgendaController_addItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgendaItemBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaItemResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgendaController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgendaResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ArchiveController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArchivePackagesResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ArchiveController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                revision: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The package as a zip */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InvitationController_calendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One VEVENT (METHOD:PUBLISH) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelMeetingBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MeetingController_addGuest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMeetingGuestBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InvitationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingInvitationsResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMinutesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The minutes as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesPartsController_addAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostMinutesActionBody"];
            };
        };
        responses: {
            /** @description A retry: the action was there already */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesActionPartResponse"];
                };
            };
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesActionPartResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesPartsController_updateAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                actionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMinutesActionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesActionPartResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesPartsController_deleteAction: {
        parameters: {
            query: {
                /** @description the version of this part the edit started from; another answers 409 MINUTES_PART_CONFLICT with the current part, unless the body equals it */
                baseVersion: number;
            };
            header?: never;
            path: {
                actionId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Struck (or not there) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesController_adjusterOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjusterOptionsResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveMinutesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesPartsController_saveAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMinutesAttendanceBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesAttendancePartResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesPartsController_saveItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agendaItemId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMinutesItemBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesItemPartResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesPartsController_saveItemSecrecy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agendaItemId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutMinutesItemSecrecyBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesItemPartResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesController_reopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenMinutesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesController_returnMinutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnMinutesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesController_revisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesRevisionsResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MinutesController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitMinutesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MinutesResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InvitationController_rsvp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingRsvpBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRsvpResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InvitationController_sendSubstitute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendSubstituteBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingRsvpResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InvitationController_listSubstitutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubstituteCandidatesResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganizationController_list: {
        parameters: {
            query?: {
                kind?: "region" | "municipality" | "external";
                /** @description page size: how many items at most (1–200, default 50) */
                limit?: number;
                /** @description how many matching items to skip: (page − 1) × limit */
                offset?: number;
                parentId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganizationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganizationController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OrganizationController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgreementController_get: {
        parameters: {
            query?: {
                /** @description an earlier version; default the current */
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgreementController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAgreementBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgreementController_versions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementVersionsResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CadenceController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CadenceResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OverviewController_county: {
        parameters: {
            query?: {
                /** @description csv: the same as /api/overview.csv */
                format?: "json" | "csv";
                /** @description admins: one region; coordinators always get their own */
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description JSON, or CSV with format=csv (as GET /api/overview.csv) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountyOverviewResponse"];
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OverviewController_countyCsv: {
        parameters: {
            query?: {
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 with BOM, semicolon-separated (Swedish Excel) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OverviewController_organization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationOverviewResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PaperController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PaperController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonController_list: {
        parameters: {
            query?: {
                /** @description page size: how many items at most (1–200, default 50) */
                limit?: number;
                /** @description how many matching items to skip: (page − 1) × limit */
                offset?: number;
                organizationId?: string;
                /** @description substring of the name or email, any case */
                q?: string;
                role?: "admin" | "coordinator" | "secretary" | "participant";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePersonBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonController_delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PersonController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePersonBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrivacyController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ErasePersonBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErasureResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrivacyController_person: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PrivacyController_personPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person’s data as a PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicRecordsController_preview: {
        parameters: {
            query: {
                /** @description the first day of the period: meetings that start on or after it */
                from: string;
                /** @description municipalities of the caller’s region, comma-separated; absent: every one of them */
                organizationIds?: string[];
                /** @description the last day of the period: meetings that start on or before it */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRecordsManifestResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicRecordsController_export: {
        parameters: {
            query: {
                /** @description the first day of the period: meetings that start on or after it */
                from: string;
                /** @description municipalities of the caller’s region, comma-separated; absent: every one of them */
                organizationIds?: string[];
                /** @description the last day of the period: meetings that start on or before it */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export as a zip */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QuestionController_list: {
        parameters: {
            query?: {
                /** @description page size: how many items at most (1–200, default 50) */
                limit?: number;
                meetingId?: string;
                /** @description how many matching items to skip: (page − 1) × limit */
                offset?: number;
                /** @description raised with this organization */
                organizationId?: string;
                ownerKind?: "organization" | "external";
                ownerOrganizationId?: string;
                /** @description the responsible person (e.g. the caller: "mine") */
                responsiblePersonId?: string;
                /** @description one status or several, comma-separated */
                status?: ("open" | "in_progress" | "resolved" | "parked")[];
                strategyAreaId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QuestionController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuestionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator, secretary */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QuestionController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    QuestionController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateQuestionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: the caller lacks the role or the right this requires (CSRF_REJECTED: a change through the session cookie without X-Samverkan-Csrf: 1 or from another origin) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundController_list: {
        parameters: {
            query?: {
                /** @description page size: how many items at most (1–200, default 50) */
                limit?: number;
                /** @description how many matching items to skip: (page − 1) × limit */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundPageResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundBody"];
            };
        };
        responses: {
            /** @description status draft, or planning when on the worker */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoundBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AgendaController_setRoundTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundAgendaTemplateBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundAgendaTemplateResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundController_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmRoundBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                organizationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoveRoundItemBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RoundController_propose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposeRoundBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin, coordinator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SecrecyGroundController_list: {
        parameters: {
            query?: {
                includeInactive?: "true" | "false";
                /** @description admins: the region whose list (shipped grounds and the region's own); others get their own */
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecrecyGroundListResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SecrecyGroundController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSecrecyGroundBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecrecyGroundResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    SecrecyGroundController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSecrecyGroundBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecrecyGroundResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StrategyAreaController_list: {
        parameters: {
            query?: {
                includeInactive?: "true" | "false";
                /** @description admins: whose list; others always get their own region */
                regionId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StrategyAreaListResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StrategyAreaController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStrategyAreaBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StrategyAreaResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StrategyAreaController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StrategyAreaResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StrategyAreaController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStrategyAreaBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StrategyAreaResponse"];
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CalendarFeedPublicController_feed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description iCalendar feed (METHOD:PUBLISH) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Not modified: If-None-Match names the current ETag */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The link has expired, was withdrawn or is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description PostgreSQL or Redis is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
        };
    };
    HealthController_details: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportResponse"];
                };
            };
            /** @description UNAUTHENTICATED, INVALID_TOKEN or TOKEN_EXPIRED: no valid bearer token or live session cookie */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN: requires one of the roles admin */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description The database or Redis is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportResponse"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LivenessResponse"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description PostgreSQL or Redis is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
        };
    };
    MinutesApprovalController_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page, or JSON when asked for (Accept: application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPageResponse"];
                    "text/html": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description The link has expired, was withdrawn or is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
        };
    };
    MinutesApprovalController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecisionBody"];
                "application/x-www-form-urlencoded": components["schemas"]["ApprovalDecisionBody"];
            };
        };
        responses: {
            /** @description The page, or JSON when the request is JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPageResponse"];
                    "text/html": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description The link has expired, was withdrawn or is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
        };
    };
    RoundProposalController_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page, or JSON when asked for (Accept: application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundProposalPageResponse"];
                    "text/html": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description The link has expired, was withdrawn or is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
        };
    };
    RoundProposalController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoundProposalAnswerBody"];
                "application/x-www-form-urlencoded": components["schemas"]["RoundProposalAnswerBody"];
            };
        };
        responses: {
            /** @description The page, or JSON when the request is JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundProposalPageResponse"];
                    "text/html": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description The link has expired, was withdrawn or is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description RATE_LIMITED: too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
        };
    };
    RsvpController_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page, or JSON when asked for (Accept: application/json) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RsvpResponse"];
                    "text/html": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description The link has expired, was withdrawn or is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
        };
    };
    RsvpController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RsvpAnswerBody"];
                "application/x-www-form-urlencoded": components["schemas"]["RsvpAnswerBody"];
            };
        };
        responses: {
            /** @description The page, or JSON when the request is JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RsvpResultResponse"];
                    "text/html": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description The link has expired, was withdrawn or is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description RATE_LIMITED: too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
        };
    };
    RsvpController_substitute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RsvpSubstituteBody"];
                "application/x-www-form-urlencoded": components["schemas"]["RsvpSubstituteBody"];
            };
        };
        responses: {
            /** @description The page, or JSON when the request is JSON */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RsvpResultResponse"];
                    "text/html": string;
                };
            };
            /** @description VALIDATION_FAILED or a code of the feature: the request is not valid; details name the fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or another municipality’s record (the same answer, docs/adr/0003) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description The record changed meanwhile (a *_VERSION_CONFLICT with details.currentVersion) or its state forbids this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description The link has expired, was withdrawn or is closed */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
            /** @description RATE_LIMITED: too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/html": string;
                };
            };
        };
    };
}
