#pragma once
// RAII owners for libssh handles, placed at allocation (libssh objects are C handles).

#include <libssh/libssh.h>

#include <memory>

namespace zaindari {

struct SshSessionFree {
    void operator()(ssh_session s) const
    {
        if (ssh_is_connected(s))
            ssh_disconnect(s);
        ssh_free(s);
    }
};
struct SshChannelFree {
    void operator()(ssh_channel c) const
    {
        if (ssh_channel_is_open(c))
            ssh_channel_close(c);
        ssh_channel_free(c);
    }
};
struct SshKeyFree {
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct SshKnownHostsEntryFree {
    void operator()(ssh_knownhosts_entry *e) const { ssh_knownhosts_entry_free(e); }
};
struct SshStringFree {
    void operator()(char *s) const { ssh_string_free_char(s); }
};
struct SshHashFree {
    void operator()(unsigned char *h) const { ssh_clean_pubkey_hash(&h); }
};

using SshSessionPtr = std::unique_ptr<std::remove_pointer_t<ssh_session>, SshSessionFree>;
using SshChannelPtr = std::unique_ptr<std::remove_pointer_t<ssh_channel>, SshChannelFree>;
using SshKeyPtr = std::unique_ptr<std::remove_pointer_t<ssh_key>, SshKeyFree>;
using SshKnownHostsEntryPtr = std::unique_ptr<ssh_knownhosts_entry, SshKnownHostsEntryFree>;
using SshCharPtr = std::unique_ptr<char, SshStringFree>;
using SshHashPtr = std::unique_ptr<unsigned char, SshHashFree>;

} // namespace zaindari
