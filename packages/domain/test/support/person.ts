/** A valid new person, as the registration form sends it. */
export const VALID_PERSON = {
  givenName: "Olena",
  familyName: "Kovalenko",
  dateOfBirth: "1990-04-12",
  estimatedAge: null,
  sex: "female",
  citizenships: ["UA"],
};
