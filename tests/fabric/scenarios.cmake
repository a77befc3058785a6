# The Fabric scenarios: our contracts on a real Fabric network, driven with
# Fabric's own peer CLI and compared with the embedded ledger
# (docs/fabric-tests.md). Label "fabric"; each test skips (77) when no Fabric
# programs are found.
#
# The driver needs Python 3 with Debian's python3-protobuf
# (scripts/install-deps.sh): the first python3 that imports google.protobuf,
# from the PATH or Debian's own (a pyenv or venv python3 first on the PATH
# does not see Debian's packages).
set(LIANXIN_TEST_PYTHON "" CACHE FILEPATH "Python 3 with google.protobuf for tests/fabric")
if(NOT LIANXIN_TEST_PYTHON)
    find_program(_lx_path_python3 python3)
    foreach(candidate IN ITEMS ${_lx_path_python3} /usr/bin/python3)
        if(EXISTS ${candidate})
            execute_process(COMMAND ${candidate} -c "import google.protobuf" RESULT_VARIABLE _lx_rc
                            OUTPUT_QUIET ERROR_QUIET)
            if(_lx_rc EQUAL 0)
                set(LIANXIN_TEST_PYTHON ${candidate} CACHE FILEPATH "Python 3 with google.protobuf for tests/fabric" FORCE)
                break()
            endif()
        endif()
    endforeach()
endif()
if(NOT LIANXIN_TEST_PYTHON)
    message(WARNING "tests/fabric: no python3 with google.protobuf (apt-get install python3-protobuf); its tests will fail")
    set(LIANXIN_TEST_PYTHON python3)
endif()

set(FABRIC_TEST_NET ${CMAKE_CURRENT_BINARY_DIR}/network)
set(FABRIC_DRIVER ${LIANXIN_TEST_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/run.py --cli $<TARGET_FILE:lianxin-cli>
    --protoc $<TARGET_FILE:protobuf::protoc> --repo ${CMAKE_SOURCE_DIR})

# One network for every fabric test: up first, down last.
add_test(NAME fabric_network_up COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/network.sh up ${FABRIC_TEST_NET})
add_test(NAME fabric_network_down COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/network.sh down ${FABRIC_TEST_NET})
set_tests_properties(fabric_network_up PROPERTIES FIXTURES_SETUP fabric_network TIMEOUT 400 SKIP_RETURN_CODE 77
    LABELS fabric RESOURCE_LOCK lianxin_fabric_network
    ENVIRONMENT "LIANXIN_BUILD_DIR=${CMAKE_BINARY_DIR}")
set_tests_properties(fabric_network_down PROPERTIES FIXTURES_CLEANUP fabric_network TIMEOUT 120 LABELS fabric
    RESOURCE_LOCK lianxin_fabric_network)

# (a) L/C lifecycle, (b) forfaiting sale and resale (with (e): an approval
# endorsed by too few organizations), (c) guarantee: both engines, compared.
# (d) drafts in the bank's implicit collection, (f) MVCC conflict in one
# block, (g) lianxin-chaincode restarted: Fabric only.
# The compared scenarios' time goes mostly to the embedded side (a
# lianxin-cli process per call): 20 to 50 s alone, four minutes and more
# beside a build on 2 cores, hence their timeout.
foreach(scenario IN ITEMS lc forfaiting guarantee private mvcc restart)
    add_test(NAME fabric_${scenario} COMMAND ${FABRIC_DRIVER} --network ${FABRIC_TEST_NET} ${scenario})
    set_tests_properties(fabric_${scenario} PROPERTIES FIXTURES_REQUIRED fabric_network TIMEOUT 900
        SKIP_RETURN_CODE 77 LABELS fabric RESOURCE_LOCK lianxin_fabric_network)
endforeach()

# The driver itself without Fabric: a scenario on two embedded sandboxes
# (other keys, transaction IDs and times of day) ends in the same records
# once normalized, and the steps' outcomes match.
add_test(NAME fabric_driver_embedded COMMAND ${FABRIC_DRIVER} --embedded-only lc)
set_tests_properties(fabric_driver_embedded PROPERTIES TIMEOUT 400)

# Our Fabric backend's streams on the network: Fabric's blocks from the
# genesis block on through protos.Deliver, a transaction of ours arriving
# live as a block and as its chaincode event (gateway.ChaincodeEvents).
add_executable(test_fabric_streams_network FabricStreamsNetworkTest.cpp)
target_link_libraries(test_fabric_streams_network PRIVATE lianxin_fabricgateway lianxin_warnings)
add_test(NAME fabric_streams COMMAND test_fabric_streams_network ${FABRIC_TEST_NET}
                                    ${CMAKE_SOURCE_DIR}/scripts/fabric-network.sh)
set_tests_properties(fabric_streams PROPERTIES FIXTURES_REQUIRED fabric_network TIMEOUT 300
    SKIP_RETURN_CODE 77 LABELS fabric RESOURCE_LOCK lianxin_fabric_network)

# The CLI lifecycle scripts of tests/cli, unchanged, on the network:
# cli_on_network.sh stands in for lianxin-cli, joins the network at the
# script's "sandbox init" (every user's msp folder imported) and sends each
# command to the --as bank's own peer with --network.
foreach(script IN ITEMS lc lc_maturity forfaiting guarantee quotes trust governance audit gas)
    add_test(NAME fabric_cli_${script}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli_on_network.sh run
                     ${CMAKE_SOURCE_DIR}/tests/cli/cli_${script}.sh)
    set_tests_properties(fabric_cli_${script} PROPERTIES FIXTURES_REQUIRED fabric_network TIMEOUT 600
        SKIP_RETURN_CODE 77 LABELS fabric RESOURCE_LOCK lianxin_fabric_network
        ENVIRONMENT "LIANXIN_CLI=$<TARGET_FILE:lianxin-cli>;LIANXIN_NETWORK=${FABRIC_TEST_NET}")
endforeach()
# Gas opens a council proposal of its own: after cli_governance, which
# numbers its proposals from GOV-0001.
set_tests_properties(fabric_cli_gas PROPERTIES DEPENDS fabric_cli_governance)

# A sixth bank admitted on the network (docs/channel-configuration.md): the
# council's vote, the configuration update signed by the members' admins and
# ordered by Fabric's orderer, its peer joining, its first L/C. It changes
# the network (an organization more), so it runs after the others and
# before fabric_verify, which then verifies its configuration blocks too.
add_test(NAME fabric_cli_admission
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli_on_network.sh run ${CMAKE_SOURCE_DIR}/tests/cli/cli_admission.sh)
set_tests_properties(fabric_cli_admission PROPERTIES FIXTURES_REQUIRED fabric_network TIMEOUT 900
    SKIP_RETURN_CODE 77 LABELS fabric RESOURCE_LOCK lianxin_fabric_network
    ENVIRONMENT "LIANXIN_CLI=$<TARGET_FILE:lianxin-cli>;LIANXIN_NETWORK=${FABRIC_TEST_NET};LIANXIN_BUILD_DIR=${CMAKE_BINARY_DIR}"
    DEPENDS "fabric_lc;fabric_forfaiting;fabric_guarantee;fabric_private;fabric_mvcc;fabric_restart;fabric_streams;fabric_cli_lc;fabric_cli_lc_maturity;fabric_cli_forfaiting;fabric_cli_guarantee;fabric_cli_quotes;fabric_cli_trust;fabric_cli_governance;fabric_cli_audit;fabric_cli_gas;fabric_faults;fabric_gui_network;fabric_gui_lc")

# Faults through lianxin-cli: the orderer stopped, the bank's peer stopped, a
# wrong TLS CA, an identity that expired after its import.
add_test(NAME fabric_faults
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/faults.sh ${FABRIC_TEST_NET} $<TARGET_FILE:lianxin-cli>
                 ${CMAKE_SOURCE_DIR}/scripts/fabric-network.sh)
set_tests_properties(fabric_faults PROPERTIES FIXTURES_REQUIRED fabric_network TIMEOUT 400
    SKIP_RETURN_CODE 77 LABELS fabric RESOURCE_LOCK lianxin_fabric_network
    ENVIRONMENT "LIANXIN_BUILD_DIR=${CMAKE_BINARY_DIR}")

# `ledger verify` on the network after the other fabric tests' transactions:
# every channel from HuaxiaBank's peer verifies, an altered block is named
# (docs/fabric-block-verification.md).
add_executable(test_fabric_verify_network FabricVerifyNetworkTest.cpp)
target_link_libraries(test_fabric_verify_network PRIVATE lianxin_fabricgateway lianxin_warnings)
add_test(NAME fabric_verify COMMAND test_fabric_verify_network ${FABRIC_TEST_NET})
set_tests_properties(fabric_verify PROPERTIES FIXTURES_REQUIRED fabric_network TIMEOUT 300
    SKIP_RETURN_CODE 77 LABELS fabric RESOURCE_LOCK lianxin_fabric_network
    DEPENDS "fabric_lc;fabric_forfaiting;fabric_guarantee;fabric_private;fabric_mvcc;fabric_restart;fabric_streams;fabric_cli_lc;fabric_cli_lc_maturity;fabric_cli_forfaiting;fabric_cli_guarantee;fabric_cli_quotes;fabric_cli_trust;fabric_cli_governance;fabric_cli_audit;fabric_cli_gas;fabric_faults;fabric_cli_admission")
