ip netns add a
ip netns add b
ip link add v0 type veth peer name v1 netns a
ip link add w0 type veth peer name w1 netns b
ip netns list
ip netns list-id
ip netns list-id nsid 0
ip netns list-id nsid 1
ip netns list-id nsid 5
ip netns list-id target-nsid 0 nsid 0
ip netns list-id target-nsid 0 nsid 1
ip netns list-id target-nsid 7
ip netns list-id nsid abc
ip netns list-id target-nsid abc
ip netns list-id target-nsid -1
ip netns list-id nsid -2
ip netns list-id nsid
ip netns list-id foo
ip netns list-id nsid 0x1
ip -j netns list-id
ip -j netns list-id nsid 1
