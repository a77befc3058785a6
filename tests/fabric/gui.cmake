# The workstation on the network: lianxin's shell joins the fabric_network
# fixture's network with an officer's msp folder, signs in and shows the
# network, the peer and the registry's bank names (GuiNetworkTest.cpp).
add_executable(test_fabric_gui_network GuiNetworkTest.cpp)
target_link_libraries(test_fabric_gui_network PRIVATE lianxin_ui lianxin_models Qt6::Test lianxin_warnings)
add_test(NAME fabric_gui_network COMMAND test_fabric_gui_network ${FABRIC_TEST_NET})
set_tests_properties(fabric_gui_network PROPERTIES FIXTURES_REQUIRED fabric_network TIMEOUT 300
    SKIP_RETURN_CODE 77 LABELS fabric RESOURCE_LOCK lianxin_fabric_network ENVIRONMENT QT_QPA_PLATFORM=offscreen)

# The L/C from issue to payment through three banks' workstations, each its
# own process and data folder, on the network (gui_lc.sh; the phases are
# gui_LcLifecycle's, tests/gui/LcLifecycleScenario.h).
add_executable(test_fabric_gui_lc GuiLcNetworkTest.cpp)
set_target_properties(test_fabric_gui_lc PROPERTIES AUTOMOC ON)
target_link_libraries(test_fabric_gui_lc PRIVATE lianxin_gui_testsupport lianxin_strict_qt)
add_test(NAME fabric_gui_lc
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/gui_lc.sh ${FABRIC_TEST_NET} $<TARGET_FILE:lianxin-cli>
                 $<TARGET_FILE:test_fabric_gui_lc> ${CMAKE_SOURCE_DIR}/scripts/fabric-network.sh)
set_tests_properties(fabric_gui_lc PROPERTIES FIXTURES_REQUIRED fabric_network TIMEOUT 900
    SKIP_RETURN_CODE 77 LABELS fabric RESOURCE_LOCK lianxin_fabric_network ENVIRONMENT QT_QPA_PLATFORM=offscreen)
