# libFuzzer target for the Zimbra SOAP reply parser (app/zimbra/soapxml.cpp and the readers of
# its tree), with a bounded ctest run (fuzz_soap_parser, 20 s).
zaindari_add_fuzzer(NAME soap_fuzz TEST fuzz_soap_parser
    SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/soap_fuzz.cpp
            ${PROJECT_SOURCE_DIR}/app/zimbra/soapxml.cpp
            ${PROJECT_SOURCE_DIR}/app/zimbra/zimbraerror.cpp
            ${PROJECT_SOURCE_DIR}/app/zimbra/zimbratypes.cpp
    HEADERS ${PROJECT_SOURCE_DIR}/app/zimbra/soapxml.h ${PROJECT_SOURCE_DIR}/app/zimbra/zimbraerror.h
            ${PROJECT_SOURCE_DIR}/app/zimbra/zimbratypes.h
    SEEDS ${PROJECT_SOURCE_DIR}/tests/fixtures/soap)
