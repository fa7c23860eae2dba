/**
 * {@code verify}: post-deployment checks of the public edge from the outside
 * ({@link ma.marinemaroc.fleet.verify.VerifyCommand#run(String...)}).
 */
package ma.marinemaroc.fleet.verify;
