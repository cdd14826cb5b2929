package org.leavingcare.testsupport.contract;

/**
 * What the shared contract suite needs to know of one service: an audited read and an audited write of a young
 * person's data, and how to make a young person exist in the service. Each service's contract test implements
 * it with its own fixtures.
 */
public interface ContractSubject {

    /**
     * Makes a young person exist in the service, in team {@code team}, so that a manager of that team sees them
     * and a manager of another team does not.
     */
    void givenYoungPerson(String caseRef, String team);

    /** The path of an audited read of one young person (answers 200 for a team manager once they exist). */
    String readPath(String caseRef);

    /** The role and subject-free part of a token allowed to make {@link #write}: e.g. {@code integration}. */
    String writerRole();

    /** An audited JSON write of one young person's data. */
    Write write(String caseRef);

    /** A role that may not make the read (403). */
    String forbiddenRole();

    /**
     * An audited write with a JSON body.
     *
     * @param method    PUT, POST or PATCH
     * @param path      the path
     * @param validBody a body the service accepts (2xx)
     * @param textField a top-level text field of that body, to carry refused text
     */
    record Write(String method, String path, String validBody, String textField) {
    }
}
