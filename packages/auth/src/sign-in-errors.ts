/**
 * The answers of the credentials check that the sign-in form tells apart (next-auth passes an
 * authorize error's message on to the client). Free of server code, so the form can import it.
 */
export const SIGN_IN_CODE_REQUIRED = "code_required";
export const SIGN_IN_CODE_INVALID = "code_invalid";
